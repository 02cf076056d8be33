/**
 * Drafts within the size limit are checked in time linear in their size, and anything past a
 * structural limit is one clear finding at once (issue 17, items 2 and 14). The bounds below are
 * generous (tens of times what a linear run takes here): they catch a quadratic step, which took
 * minutes on these inputs, not a slow machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/core/engine/validate.js';
import { ROOT } from '../helpers/cli.js';

const BASE = readFileSync(join(ROOT, 'examples', 'valid', 'qom-social-security.yaml'), 'utf8');
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('linear in the number of keys', () => {
  it('80,000 keys in one mapping (CRLF, so yaml builds its document): seconds, not minutes', () => {
    let extra = '';
    for (let i = 0; i < 80_000; i++) extra += `  k${i}: v\n`;
    const text = crlf(`${BASE}extra:\n${extra}`);
    const { value, ms } = timed(() => validateText(text, { lang: 'en' }));
    expect(value.findings.map((f) => f.ruleId)).toContain('schema');
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('20,000 unknown keys at the top: every one reported, located on its own line', () => {
    let extra = '';
    for (let i = 0; i < 20_000; i++) extra += `k${i}: v\n`;
    const text = crlf(BASE + extra);
    const baseLines = BASE.split('\n').length - 1;
    const { value, ms } = timed(() => validateText(text, { lang: 'en' }));
    const unknown = value.findings.filter((f) => /Unknown key "k\d+"/.test(f.message));
    expect(unknown).toHaveLength(20_000);
    expect(unknown[19_999]!.line).toBe(baseLines + 20_000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('a duplicate key is still found, at the key, on the path that builds yaml\'s document', () => {
    const text = crlf(`${BASE}extra:\n  a: 1\n  b: 2\n  a: 3\n`);
    const dup = validateText(text, { lang: 'en' }).findings.filter((f) => f.ruleId === 'yaml-syntax');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.line).toBe(BASE.split('\n').length + 3);
    expect(dup[0]!.column).toBe(3);
  });
});

describe('past a structural limit: one finding at once', () => {
  it('a 4.9 MB flow sequence', () => {
    let flow = `${BASE}flow: [`;
    for (let i = 0; flow.length < 4.9e6; i++) flow += `${i}, `;
    const { value, ms } = timed(() => validateText(`${flow}0]\n`, { lang: 'en' }));
    expect(value.findings).toHaveLength(1);
    expect(value.findings[0]!.ruleId).toBe('unreadable');
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  it('thousands of anchors and aliases', () => {
    let text = `${BASE}anchors:\n`;
    for (let i = 0; i < 5_000; i++) text += `  - &a${i} x\n  - *a${i}\n`;
    const { value, ms } = timed(() => validateText(text, { lang: 'en' }));
    expect(value.findings).toHaveLength(1);
    expect(value.findings[0]!.message).toMatch(/anchors/);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);
});

describe('messages that say what is wrong (issue 17, item 14)', () => {
  it('an undefined alias is named, on its line, not reported as "too many values"', () => {
    const r = validateText('schemaVersion: 1\nkind: *nothere\n', { lang: 'en' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toContain('*nothere');
    expect(r.findings[0]!.message).not.toMatch(/values/);
    expect([r.findings[0]!.line, r.findings[0]!.column]).toEqual([2, 7]);
  });

  it('deep nesting after an unknown tag is "nested too deep", not a stack overflow', () => {
    const text = `a: !unknown x\nb: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const r = validateText(text, { lang: 'en' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).not.toMatch(/call stack/);
    expect(r.findings[0]!.message).toMatch(/nested more than/);
  });
});

describe('encodings named for what they are', () => {
  it('UTF-32 (either byte order) is called UTF-32, not UTF-16', async () => {
    const { decodeDraft } = await import('../../src/core/parse/decode.js');
    const text = 'schemaVersion: 1\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return b; })]);
    const be = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), ...[...text].map((c) => { const b = Buffer.alloc(4); b.writeUInt32BE(c.codePointAt(0)!); return b; })]);
    for (const bytes of [le, be]) {
      const d = decodeDraft(bytes);
      expect(d.ok).toBe(false);
      expect(!d.ok && d.message.en).toMatch(/UTF-32/);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const d16 = decodeDraft(utf16);
    expect(!d16.ok && d16.message.en).toMatch(/UTF-16/);
  });
});
