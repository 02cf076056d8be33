/**
 * Many drafts sharing one id (issue 17, item 3): each finding points at one other copy and counts the
 * rest, so the report grows linearly (1,000 copies listing every other copy gave 339 MB of JSON, and
 * 1,500 an "Invalid string length" with an empty report).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, draft } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('1,500 drafts with one id', () => {
  it('are all reported, each pointing at one other copy, in a report that grows linearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-dupes-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'drafts'));
    const text = readFileSync(join(ROOT, 'examples', 'valid', 'qom-social-security.yaml'), 'utf8');
    const copies = 1_500;
    for (let i = 0; i < copies; i++) writeFileSync(join(dir, 'drafts', `d${String(i).padStart(4, '0')}.yaml`), text.replace(/^title: .*$/m, `title: دستورالعمل آزمایشی شماره ${i} برای شهرداری`));
    const r = draft(['validate', 'drafts', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(copies * 4_000);
    const results = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; message: string; line: number; endLine?: number; endColumn?: number; related?: unknown[] }> }>;
    expect(results).toHaveLength(copies);
    for (const result of results) {
      const dupes = result.findings.filter((f) => f.ruleId === 'unique-id');
      expect(dupes).toHaveLength(1);
      expect(dupes[0]!.message).toContain(`${copies} drafts`);
      expect(dupes[0]!.related).toHaveLength(1);
      expect(dupes[0]!.endLine).toBe(dupes[0]!.line);
      expect(dupes[0]!.endColumn).toBeGreaterThan(4);
    }
    const stylish = draft(['validate', 'drafts', '--lang', 'en'], { cwd: dir });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout.length).toBeLessThan(copies * 4_000);
  }, 120_000);
});
