import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineRules, repositoryRules, ruleMeta, rules } from '../../src/rules/index.js';

/*
 * As eslint's checkRuleFiles: every rule is one file of src/rules/ named by its id, listed in
 * src/rules/index.ts, described in the README's rule table with its default severity and whether it
 * fixes, and (a draft rule) tested in test/rules/<id>.test.ts. Adding a rule and forgetting one of
 * these fails here.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'rules');
const DEFINES = /\bdefine(Rule|RepositoryRule|EngineRule)\(/;

/** The README's rule table: id → { severity (the first one given), fix }. */
function readmeTable(): Map<string, { severity: string; fix: boolean }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1));
  const table = new Map<string, { severity: string; fix: boolean }>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([a-z0-9-]+)` \|([^|]*)\|([^|]*)\|/.exec(line);
    if (cells) table.set(cells[1]!, { severity: cells[2]!.trim().split(/\s/)[0]!, fix: cells[3]!.includes('✓') });
  }
  return table;
}

describe('the rule registry', () => {
  const all = [...engineRules, ...rules, ...repositoryRules];
  const ids = all.map((r) => r.meta.id);

  it('has each id once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ruleMeta.size).toBe(ids.length);
  });

  it('lists exactly the files of src/rules/ that define a rule, each named by its id', () => {
    const defining = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && DEFINES.test(readFileSync(join(RULES_DIR, f), 'utf8')))
      .map((f) => f.slice(0, -3));
    expect([...ids].sort()).toEqual(defining.sort());
  });

  it('is the README’s rule table: same ids, default severities and fixes', () => {
    const table = readmeTable();
    expect([...table.keys()].sort()).toEqual([...ids].sort());
    for (const rule of all) {
      expect({ id: rule.meta.id, ...table.get(rule.meta.id) }).toEqual({ id: rule.meta.id, severity: rule.meta.severity, fix: rule.meta.fixable });
    }
  });

  it('has a test file for every rule that checks a draft', () => {
    const tests = new Set(readdirSync(join(ROOT, 'test', 'rules')));
    for (const rule of rules) expect(tests.has(`${rule.meta.id}.test.ts`), rule.meta.id).toBe(true);
  });

  it('describes every rule and says every message in Persian and English', () => {
    for (const rule of all) {
      expect(rule.meta.description.fa.length * rule.meta.description.en.length, rule.meta.id).toBeGreaterThan(0);
      const messages = 'messages' in rule.meta ? Object.entries(rule.meta.messages as Record<string, { fa: string; en: string }>) : [];
      for (const [id, m] of messages) expect(m.fa.length * m.en.length, `${rule.meta.id}/${id}`).toBeGreaterThan(0);
    }
  });
});
