import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/engine/types.js';
import { artifactLocation, sarif } from '../../src/reporters/sarif.js';
import { fileResult, finding, reportContext } from '../helpers/reporters.js';

/*
 * test/fixtures/sarif/sarif-schema-2.1.0.json is the JSON schema of SARIF 2.1.0 published by the
 * OASIS Static Analysis Results Interchange Format (SARIF) TC (JSON Schema draft-07 edition,
 * $id https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json),
 * copied unchanged (sha256 10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454) from the
 * npm package @datadog/datadog-ci@2.48.0, dist/commands/sarif/json-schema/sarif-schema-2.1.0.json,
 * which redistributes it for the same purpose. Copyright © OASIS Open; it is the normative schema of
 * the OASIS Standard SARIF v2.1.0 and is used here under the OASIS IPR Policy, which permits copying
 * and distributing it (https://www.oasis-open.org/policies-guidelines/ipr). It is test data only and
 * is not shipped in the package.
 */
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// RFC 3986: only these characters, percent-escapes well formed, and a relative reference's first
// segment without ':' (it would read as a scheme). ajv-formats is not installed; these are stricter
// than `true` so the test catches an unencoded space or Persian letter in a URI.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const isUri = (s: string): boolean => URI_CHARS.test(s) && SCHEME.test(s);
const isUriReference = (s: string): boolean => URI_CHARS.test(s) && (SCHEME.test(s) || !/^[^/?#]*:/.test(s));

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', isUri);
ajv.addFormat('uri-reference', isUriReference);
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

const ctx = (lang: 'fa' | 'en' = 'fa') => reportContext(lang, { cwd: '/work/شهرداری قم' });

const PERSIAN_FILE = 'پیش‌نویس‌ها/قم/دستورالعمل تسویه #1.yaml';
const SOURCE = 'title: این کار می شود\n';

/** A realistic run: errors and warnings, a fix, a related place, Persian messages, awkward paths. */
const results: FileResult[] = [
  fileResult(PERSIAN_FILE, [
    finding({
      ruleId: 'zwnj', severity: 'warning', file: PERSIAN_FILE, line: 1, column: 18, endLine: 1, endColumn: 19,
      message: '«می شود» با فاصله نوشته شده است؛ «می‌شود» با نیم‌فاصله درست است.',
      messages: { fa: '«می شود» با فاصله نوشته شده است؛ «می‌شود» با نیم‌فاصله درست است.', en: '"می شود" is written with a space.' },
      fix: { range: [17, 18], text: '\u200C' },
    }),
    finding({
      ruleId: 'unique-id', file: PERSIAN_FILE, line: 3, column: 5, endLine: 3, endColumn: 20,
      message: 'شناسه «qom-1» در ۲ پیش‌نویس آمده است؛ شناسه هر پیش‌نویس باید یکتا باشد.',
      related: [{ file: 'drafts/other draft.yaml', line: 3, column: 5, message: 'همین شناسه اینجا هم آمده است' }],
    }),
    finding({ ruleId: 'schema', file: PERSIAN_FILE, line: 7, column: 1, message: 'کلید «rationale» لازم است.' }),
  ]),
  fileResult('drafts/other draft.yaml', [
    finding({ ruleId: 'zwnj', severity: 'warning', file: 'drafts/other draft.yaml', line: 9, column: 12, endLine: 9, endColumn: 13, message: 'نیم‌فاصله' }),
    finding({ ruleId: 'yaml-syntax', file: 'drafts/other draft.yaml', line: 12, column: 3, message: 'YAML: bad indentation' }),
    finding({ ruleId: 'a-rule-nobody-knows', severity: 'warning', file: 'drafts/other draft.yaml', line: 2, column: 1, message: 'x' }),
  ]),
  fileResult('clean.yaml', []),
  fileResult('/elsewhere/outside cwd.yaml', [finding({ ruleId: 'unreadable', file: '/elsewhere/outside cwd.yaml', line: 1, column: 1, message: 'unreadable' })]),
];

interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription?: { text: string }; defaultConfiguration: { level: string } }> } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
      relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      fixes?: Array<{ artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }>;
    }>;
  }>;
}

const parse = (text: string): Log => JSON.parse(text) as Log;

describe('sarif reporter', () => {
  it('the schema check is not vacuous: it rejects broken logs', () => {
    const good = parse(sarif(results, ctx()));
    expect(validate(good)).toBe(true);
    const badLevel = structuredClone(good);
    badLevel.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(badLevel)).toBe(false);
    const noMessage = structuredClone(good) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete noMessage.runs[0]!.results[0]!.message;
    expect(validate(noMessage)).toBe(false);
    const rawUri = structuredClone(good);
    rawUri.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = PERSIAN_FILE;
    expect(validate(rawUri)).toBe(false);
    const zeroLine = structuredClone(good);
    zeroLine.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(zeroLine)).toBe(false);
  });

  it('a realistic multi-file result is valid against the official SARIF 2.1.0 schema', () => {
    for (const lang of ['fa', 'en'] as const) expectValid(parse(sarif(results, ctx(lang))));
  });

  it('an empty run and a run of clean drafts are valid', () => {
    for (const input of [[], [fileResult('a.yaml', []), fileResult('b.yaml', [])]]) {
      const log = parse(sarif(input, ctx()));
      expectValid(log);
      expect(log.runs).toHaveLength(1);
      expect(log.runs[0]!.results).toEqual([]);
      expect(log.runs[0]!.tool.driver.rules).toEqual([]);
    }
  });

  it('names the tool and its version, and says columns are UTF-16 code units', () => {
    const log = parse(sarif(results, ctx()));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'pishnevis', version: '0.1.0', informationUri: 'https://pishnevis.ir/' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/%D8%B4%D9%87%D8%B1%D8%AF%D8%A7%D8%B1%DB%8C%20%D9%82%D9%85/' } });
  });

  it('has one reportingDescriptor per rule id used, in order of first use, and ruleIndex points at it', () => {
    const run = parse(sarif(results, ctx())).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['zwnj', 'unique-id', 'schema', 'yaml-syntax', 'a-rule-nobody-knows', 'unreadable']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.ruleIndex)).toEqual([0, 1, 2, 0, 3, 4, 5]);
  });

  it('describes rules from their meta in the chosen language, with both languages in fullDescription', () => {
    const fa = parse(sarif(results, ctx('fa'))).runs[0]!.tool.driver.rules;
    const en = parse(sarif(results, ctx('en'))).runs[0]!.tool.driver.rules;
    const zwnjFa = fa.find((r) => r.id === 'zwnj')!;
    const zwnjEn = en.find((r) => r.id === 'zwnj')!;
    expect(zwnjFa.shortDescription.text).toBe('فاصله به جای نیم‌فاصله در «می‌شود» و «شهرداری‌ها»');
    expect(zwnjEn.shortDescription.text).toBe('A space where a zero-width non-joiner belongs («می‌شود», «شهرداری‌ها»)');
    expect(zwnjFa.fullDescription!.text).toBe(`${zwnjFa.shortDescription.text}\n${zwnjEn.shortDescription.text}`);
    expect(zwnjEn.fullDescription!.text).toBe(`${zwnjEn.shortDescription.text}\n${zwnjFa.shortDescription.text}`);
    expect(zwnjFa.defaultConfiguration.level).toBe('warning');
    // Engine checks and repository rules have descriptions too; an unknown id falls back to itself.
    for (const id of ['unique-id', 'schema', 'yaml-syntax', 'unreadable']) {
      const d = en.find((r) => r.id === id)!;
      expect(d.shortDescription.text).not.toBe(id);
      expect(d.fullDescription!.text).toMatch(/[\u0600-\u06FF]/);
      expect(d.defaultConfiguration.level).toBe('error');
    }
    expect(en.find((r) => r.id === 'a-rule-nobody-knows')).toEqual({ id: 'a-rule-nobody-knows', shortDescription: { text: 'a-rule-nobody-knows' }, defaultConfiguration: { level: 'warning' } });
  });

  it('gives each result what GitHub code scanning requires: message text, uri and startLine', () => {
    const run = parse(sarif(results, ctx())).runs[0]!;
    expect(run.results).toHaveLength(7);
    for (const r of run.results) {
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(r.level);
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri.length).toBeGreaterThan(0);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]).toMatchObject({ ruleId: 'zwnj', level: 'warning', message: { text: results[0]!.findings[0]!.message } });
    expect(run.results[1]!.level).toBe('error');
  });

  it('writes paths as percent-encoded URIs relative to %SRCROOT%, absolute ones as file: URIs', () => {
    const run = parse(sarif(results, ctx())).runs[0]!;
    const loc = run.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(loc.uriBaseId).toBe('%SRCROOT%');
    expect(loc.uri).toBe(PERSIAN_FILE.split('/').map(encodeURIComponent).join('/'));
    expect(loc.uri).toMatch(/^%D9%BE%DB%8C%D8%B4%E2%80%8C/); // پیش‌ with its zero-width non-joiner
    expect(loc.uri).toContain('%20');
    expect(loc.uri).toContain('%231.yaml');
    expect(decodeURIComponent(loc.uri)).toBe(PERSIAN_FILE);
    expect(new URL(loc.uri, 'file:///root/').pathname).toBe(`/root/${loc.uri}`);
    expect(run.results[3]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'drafts/other%20draft.yaml', uriBaseId: '%SRCROOT%' });
    expect(run.results[6]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/outside%20cwd.yaml' });
    expect(artifactLocation('C:/Users/م/a b.yaml')).toEqual({ uri: 'file:///C:/Users/%D9%85/a%20b.yaml' });
    expect(artifactLocation('a:b/c.yaml')).toEqual({ uri: 'a%3Ab/c.yaml', uriBaseId: '%SRCROOT%' });
    expect(isUriReference(artifactLocation('a:b/c.yaml').uri)).toBe(true);
  });

  it('gives regions as 1-based lines and UTF-16 columns, with the end when the finding has one', () => {
    const run = parse(sarif(results, ctx())).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 18, endLine: 1, endColumn: 19 });
    expect(run.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 1 });
    const odd = parse(sarif([fileResult('x.yaml', [
      finding({ ruleId: 'schema', file: 'x.yaml', line: 0, column: 0 }),
      finding({ ruleId: 'schema', file: 'x.yaml', line: 5, column: 9, endLine: 4, endColumn: 2 }),
      finding({ ruleId: 'schema', file: 'x.yaml', line: 5, column: 9, endLine: 5, endColumn: 3 }),
      finding({ ruleId: 'schema', file: 'x.yaml', line: 5, column: 9, endLine: 6, endColumn: 3 }),
    ])], ctx()));
    expectValid(odd);
    expect(odd.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region)).toEqual([
      { startLine: 1 },
      { startLine: 5, startColumn: 9 },
      { startLine: 5, startColumn: 9, endLine: 5 },
      { startLine: 5, startColumn: 9, endLine: 6, endColumn: 3 },
    ]);
  });

  it('turns a fix into a replacement by UTF-16 offset that repairs the source', () => {
    const r = parse(sarif(results, ctx())).runs[0]!.results[0]!;
    expect(r.fixes).toHaveLength(1);
    const change = r.fixes![0]!.artifactChanges[0]!;
    expect(change.artifactLocation).toEqual(r.locations[0]!.physicalLocation.artifactLocation);
    expect(change.replacements).toEqual([{ deletedRegion: { charOffset: 17, charLength: 1 }, insertedContent: { text: '\u200C' } }]);
    const { charOffset, charLength } = change.replacements[0]!.deletedRegion;
    const fixed = SOURCE.slice(0, charOffset) + change.replacements[0]!.insertedContent.text + SOURCE.slice(charOffset + charLength);
    expect(fixed).toBe('title: این کار می‌شود\n');
    // The region and the fix agree on where the space is.
    expect(SOURCE.split('\n')[0]![r.locations[0]!.physicalLocation.region.startColumn! - 1]).toBe(' ');
    expect(parse(sarif(results, ctx())).runs[0]!.results[1]!.fixes).toBeUndefined();
  });

  it('writes related places as relatedLocations with their own messages', () => {
    const r = parse(sarif(results, ctx())).runs[0]!.results[1]!;
    expect(r.relatedLocations).toEqual([{
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'drafts/other%20draft.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } },
      message: { text: 'همین شناسه اینجا هم آمده است' },
    }]);
  });

  it('is deterministic JSON with a final newline', () => {
    const a = sarif(results, ctx());
    expect(sarif(results, ctx())).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('می‌شود'); // Persian stays as UTF-8, not \u escapes
  });
});
