import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/core/engine/types.js';
import { junit } from '../../src/reporters/junit.js';
import { xmlAttr, xmlSafe, xmlText } from '../../src/reporters/xml.js';
import { plain, type ReportContext } from '../../src/reporters/types.js';

/*
 * There is no XML parser among the dependencies, so the output is read back with the small strict
 * reader below (well-formedness as far as this output can break it, entity decoding and attribute
 * normalisation as XML 1.0 specifies), and also with `xmllint --noout` where libxml2-utils is
 * installed (Debian: apt-get install libxml2-utils).
 */

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decode(s: string): string {
  return s.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${JSON.stringify(s)}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    if (!num) throw new Error(`unknown entity ${m}`);
    return String.fromCodePoint(Number.parseInt(num[1]!, ref.startsWith('#x') ? 16 : 10));
  });
}

function parseXml(xml: string): El {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(ILLEGAL.test(xml)).toBe(false);
  const body = xml.slice(xml.indexOf('\n') + 1);
  const token = /<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${pos}: ${JSON.stringify(body.slice(pos, pos + 40))}`);
    pos = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const el: El = { name: m[2], attrs: {}, children: [], text: '' };
      for (const a of m[3]!.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) {
        if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]}`);
        // Attribute-value normalisation: literal whitespace characters become spaces.
        el.attrs[a[1]!] = decode(a[2]!.replace(/\r\n|[\t\n\r]/g, ' '));
      }
      if (stack.length === 1 && root.children.length > 0) throw new Error('a second root element');
      top.children.push(el);
      if (m[4] !== '/') stack.push(el);
    } else {
      const raw = m[5]!;
      if (raw.includes(']]>')) throw new Error(']]> in text');
      if (stack.length === 1) {
        if (raw.trim() !== '') throw new Error('text outside the root');
      } else top.text += decode(raw.replace(/\r\n?/g, '\n'));
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

// .ci/run installs libxml2-utils, so in CI these checks always run (and fail if xmllint is missing).
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0 || Boolean(process.env.CI);

function xmllint(xml: string): void {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'line' | 'column'>): Finding {
  const message = partial.message ?? `message of ${partial.ruleId}`;
  return { severity: 'error', message, messages: { fa: message, en: message }, ...partial };
}

function fileResult(file: string, findings: Finding[]): FileResult {
  return {
    file,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    fixableCount: findings.filter((f) => f.fix).length,
  };
}

const ctx = (lang: 'fa' | 'en' = 'fa'): ReportContext => ({ lang, palette: plain, version: '0.1.0', cwd: '/work' });

const NASTY = 'a "quoted" <tag> & \'apos\' ]]> tab\tline1\nline2\r\nend\u0000\u0007\u000B\uFFFE\uD800 ok 😀';
const QOM = 'drafts/قم/دستورالعمل «تسویه» & co.yaml';

const results: FileResult[] = [
  fileResult(QOM, [
    finding({ ruleId: 'schema', file: QOM, line: 3, column: 5, message: 'کلید «rationale» لازم است.' }),
    finding({ ruleId: 'zwnj', severity: 'warning', file: QOM, line: 9, column: 12, message: '«می شود» با فاصله نوشته شده است.' }),
    finding({
      ruleId: 'unique-id', file: QOM, line: 2, column: 5, message: NASTY,
      related: [{ file: 'drafts/b.yaml', line: 2, column: 5, message: 'همین شناسه اینجا هم آمده است' }],
    }),
  ]),
  fileResult('drafts/warned.yaml', [finding({ ruleId: 'arabic-digits', severity: 'warning', file: 'drafts/warned.yaml', line: 1, column: 8, message: 'رقم عربی' })]),
  fileResult('drafts/clean.yaml', []),
];

const byName = (el: El, name: string): El[] => el.children.filter((c) => c.name === name);

describe('junit reporter', () => {
  it('is well-formed XML by the strict reader and by xmllint', () => {
    for (const lang of ['fa', 'en'] as const) {
      const xml = junit(results, ctx(lang));
      parseXml(xml);
      if (hasXmllint) xmllint(xml);
    }
  });

  it.runIf(hasXmllint)('xmllint rejects what the strict reader rejects (the check is not vacuous)', () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="a & b"></testsuites>\n';
    expect(spawnSync('xmllint', ['--noout', '-'], { input: bad }).status).not.toBe(0);
    expect(() => parseXml(bad)).toThrow();
  });

  it('has one <testsuites> with the totals and one <testsuite> per draft, named by its path', () => {
    const xml = junit(results, ctx());
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="pishnevis" tests="5" failures="2" errors="0">\n/);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toEqual({ name: 'pishnevis', tests: '5', failures: '2', errors: '0' });
    const suites = byName(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([QOM, 'drafts/warned.yaml', 'drafts/clean.yaml']);
    expect(suites.map((s) => [s.attrs.tests, s.attrs.failures, s.attrs.errors])).toEqual([['3', '2', '0'], ['1', '0', '0'], ['1', '0', '0']]);
    expect(xml).toContain('<testsuite name="drafts/قم/دستورالعمل «تسویه» &amp; co.yaml"'); // Persian as UTF-8, & escaped
  });

  it('makes each finding a testcase "<rule> <line>:<column>"; errors fail, warnings pass with <system-out>', () => {
    const suite = byName(parseXml(junit(results, ctx('en'))), 'testsuite')[0]!;
    const cases = byName(suite, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(['schema 3:5', 'zwnj 9:12', 'unique-id 2:5']);
    for (const c of cases) expect(c.attrs).toMatchObject({ classname: QOM, file: QOM });

    const [schema, zwnj] = cases;
    expect(schema!.children.map((c) => c.name)).toEqual(['failure']);
    expect(schema!.children[0]!.attrs).toEqual({ type: 'schema', message: 'کلید «rationale» لازم است.' });
    expect(schema!.children[0]!.text).toBe(`${QOM}:3:5 error کلید «rationale» لازم است. (schema)`);

    expect(zwnj!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(zwnj!.children[0]!.text).toBe(`${QOM}:9:12 warning «می شود» با فاصله نوشته شده است. (zwnj)`);
  });

  it('a warning-only draft passes and a clean draft is one passing testcase named "draft"', () => {
    const suites = byName(parseXml(junit(results, ctx())), 'testsuite');
    const warned = byName(suites[1]!, 'testcase');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(byName(suites[2]!, 'testcase')).toEqual([{ name: 'testcase', attrs: { classname: 'drafts/clean.yaml', name: 'draft', file: 'drafts/clean.yaml' }, children: [], text: '' }]);
  });

  it('escapes attributes and text so messages read back exactly, minus what XML 1.0 cannot carry', () => {
    const xml = junit(results, ctx('fa'));
    const failure = byName(byName(byName(parseXml(xml), 'testsuite')[0]!, 'testcase')[2]!, 'failure')[0]!;
    const expected = 'a "quoted" <tag> & \'apos\' ]]> tab\tline1\nline2\r\nend ok 😀';
    expect(failure.attrs.message).toBe(expected);
    expect(failure.text).toBe(`${QOM}:2:5 خطا ${expected} (unique-id)\n  ↳ drafts/b.yaml:2:5 همین شناسه اینجا هم آمده است`);
    expect(xml).not.toContain('\u0000');
    expect(xml).not.toContain('\uFFFE');
  });

  it.runIf(hasXmllint)('libxml2 reads the escaped message back the same way', () => {
    const xml = junit(results, ctx('fa'));
    const read = (xpath: string): string => {
      const r = spawnSync('xmllint', ['--xpath', xpath, '-'], { input: xml, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return r.stdout.replace(/\n$/, ''); // xmllint ends its answer with a newline
    };
    expect(read('string(//failure[@type="unique-id"]/@message)')).toBe('a "quoted" <tag> & \'apos\' ]]> tab\tline1\nline2\r\nend ok 😀');
    expect(read('string(/testsuites/testsuite[1]/@name)')).toBe(QOM);
    expect(read('count(//testcase)')).toBe('5');
    expect(read('count(//failure)')).toBe('2');
  });

  it('writes an empty run as an empty, well-formed <testsuites>', () => {
    const xml = junit([], ctx());
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pishnevis" tests="0" failures="0" errors="0"/>\n');
    expect(parseXml(xml).attrs.tests).toBe('0');
    if (hasXmllint) xmllint(xml);
  });
});

describe('xml escaping', () => {
  it('drops characters illegal in XML 1.0 and keeps the rest, astral characters included', () => {
    expect(xmlSafe('a\u0000\u0008\u0009\u000A\u000B\u000C\u000D\u001Fb\uD7FF\uE000\uFFFD\uFFFE\uFFFF😀\uDC00\uD83D')).toBe('a\t\n\rb\uD7FF\uE000\uFFFD😀');
  });

  it('escapes text and attribute values', () => {
    expect(xmlText('<a & "b">\r\n')).toBe('&lt;a &amp; "b"&gt;&#13;\n');
    expect(xmlAttr('<a & "b" \'c\'>\t\r\n')).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;&#9;&#13;&#10;');
    expect(xmlAttr('نیم‌فاصله')).toBe('نیم‌فاصله');
  });
});
