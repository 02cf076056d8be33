import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSubmission } from '../../src/core/package/assemble.js';
import { packageTimestamp, isoDay, isoSeconds } from '../../src/core/package/timestamp.js';
import { checkAttachmentPath } from '../../src/core/package/attachments.js';
import { loadDraftData } from '../../src/core/render/load.js';
import { validateText } from '../../src/core/engine/validate.js';
import { checkSubmissionSchema } from '../../src/core/schema/submission-check.js';
import { FIXTURE_DIR, ID, sha256 } from './helpers.js';

const bytes = readFileSync(join(FIXTURE_DIR, 'draft.yaml'));
const text = bytes.toString('utf8');
const data = (loadDraftData(text) as { ok: true; data: Record<string, unknown> }).data;
const csv = readFileSync(join(FIXTURE_DIR, 'attachments', 'table.csv'));
const input = {
  draftBytes: bytes,
  draftFileName: 'draft.yaml',
  data,
  validation: validateText(text, { file: 'draft.yaml' }),
  html: '<!DOCTYPE html><html lang="fa" dir="rtl"></html>',
  attachments: [{ index: 0, path: 'attachments/table.csv', title: 'جدول', payloadPath: 'attachments/attachments/table.csv', content: csv }],
  timestamp: new Date(Date.UTC(2026, 10, 30)),
  toolVersion: '0.1.0',
};

describe('assembleSubmission (pure)', () => {
  const a = assembleSubmission(input);

  it('puts the draft as written, the document, submission.json and the attachments in data/', () => {
    expect(a.root).toBe(ID);
    expect(a.payload.map((p) => p.path)).toEqual([`${ID}.yaml`, `${ID}.html`, 'submission.json', 'attachments/attachments/table.csv']);
    expect(a.payload[0]!.content.equals(bytes)).toBe(true);
  });

  it('writes the bag-info elements the ministry asks for, with no wall-clock time', () => {
    const info = Object.fromEntries(a.info);
    expect(info['Source-Organization']).toBe('شهرداری قم');
    expect(info['Contact-Name']).toBe('محمدرضا احمدی');
    expect(info['External-Identifier']).toBe(ID);
    expect(info['Bagging-Date']).toBe('2026-11-30');
    expect(info['Bag-Software-Agent']).toBe('pishnevis 0.1.0');
    expect(a.info.some(([label]) => label === 'Payload-Oxum')).toBe(false); // the bag writer computes it
    expect(a.mtime.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('writes a submission.json that its schema accepts', () => {
    const json = JSON.parse(a.payload[2]!.content.toString('utf8'));
    expect(checkSubmissionSchema(json)).toEqual([]);
    expect(json).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'pishnevis', version: '0.1.0' },
      id: ID,
      date: { jalali: '1405/09/09', gregorian: '2026-11-30' },
      effectiveDate: { jalali: '1405/10/01', gregorian: '2026-12-22' },
      packagedAt: '2026-11-30T00:00:00Z',
      counts: { articles: 8, notes: 8, attachments: 1 },
      validation: { valid: true, errorCount: 0, warningCount: 0, findings: [] },
    });
    expect(json.files.draft).toEqual({ path: `data/${ID}.yaml`, bytes: bytes.length, sha256: sha256(bytes), mediaType: 'application/yaml', sourceName: 'draft.yaml' });
    expect(json.attachments[0]).toMatchObject({ path: 'data/attachments/attachments/table.csv', source: 'attachments/table.csv', sha256: sha256(csv) });
  });

  it('is a function of its input', () => {
    const b = assembleSubmission(input);
    expect(b.payload.map((p) => p.content.toString('hex'))).toEqual(a.payload.map((p) => p.content.toString('hex')));
    expect(b.info).toEqual(a.info);
  });

  it('records warnings as findings, in both languages', () => {
    const warned = assembleSubmission({
      ...input,
      validation: { ...input.validation, warningCount: 1, findings: [{ ruleId: 'zwnj', severity: 'warning', message: 'x', messages: { fa: 'فا', en: 'en' }, file: 'draft.yaml', line: 3, column: 4 }] },
    });
    const json = JSON.parse(warned.payload[2]!.content.toString('utf8'));
    expect(json.validation.findings).toEqual([{ ruleId: 'zwnj', severity: 'warning', line: 3, column: 4, message: { fa: 'فا', en: 'en' } }]);
    expect(checkSubmissionSchema(json)).toEqual([]);
  });
});

describe('the package timestamp', () => {
  it('is midnight UTC of the draft date without SOURCE_DATE_EPOCH', () => {
    const t = packageTimestamp('1405/09/09', {});
    expect(t.ok && isoSeconds(t.date)).toBe('2026-11-30T00:00:00Z');
    const persian = packageTimestamp('۱۴۰۳/۱۲/۳۰', {});
    expect(persian.ok && isoDay(persian.date)).toBe('2025-03-20');
  });

  it('is SOURCE_DATE_EPOCH when set', () => {
    const t = packageTimestamp('1405/09/09', { SOURCE_DATE_EPOCH: '1700000000' });
    expect(t).toMatchObject({ ok: true, source: 'SOURCE_DATE_EPOCH' });
    expect(t.ok && isoSeconds(t.date)).toBe('2023-11-14T22:13:20Z');
    expect(packageTimestamp('1405/09/09', { SOURCE_DATE_EPOCH: '' })).toMatchObject({ ok: true, source: 'draft-date' });
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    for (const v of ['-1', '1.5', 'abc', '99999999999999']) expect(packageTimestamp('1405/09/09', { SOURCE_DATE_EPOCH: v }).ok, v).toBe(false);
  });
});

describe('checkAttachmentPath (pure)', () => {
  it('accepts relative paths and normalises them', () => {
    expect(checkAttachmentPath('attachments/a.pdf')).toEqual({ ok: true, path: 'attachments/a.pdf' });
    expect(checkAttachmentPath('./attachments//a.pdf')).toEqual({ ok: true, path: 'attachments/a.pdf' });
    expect(checkAttachmentPath('پیوست‌ها/جدول ۱.csv')).toEqual({ ok: true, path: 'پیوست‌ها/جدول ۱.csv' });
  });

  it.each([
    ['../secret.pdf', 'parent'], ['a/../b.pdf', 'parent'], ['/etc/passwd', 'absolute'], ['C:\\x.pdf', 'absolute'],
    ['\\\\server\\x', 'absolute'], ['~/x.pdf', 'absolute'], ['a\\b.pdf', 'backslash'], ['', 'empty'], ['./', 'empty'], ['a\nb', 'control'],
  ])('refuses %j (%s)', (path, code) => {
    expect(checkAttachmentPath(path)).toEqual({ ok: false, code });
  });
});
