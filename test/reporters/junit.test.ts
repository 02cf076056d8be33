import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/reporters/junit.js';
import { xmlAttr, xmlSafe, xmlText } from '../../src/reporters/xml.js';
import { SaxesParser } from 'saxes';
import type { FileResult } from '../../src/core/engine/types.js';
import { fileResult, finding, reportContext } from '../helpers/reporters.js';

/*
 * The output is read back with saxes, a strict XML 1.0 parser (well-formedness, character legality,
 * entity decoding and attribute-value normalisation as the specification says), and also with
 * `xmllint --noout` where libxml2-utils is installed (Debian: apt-get install libxml2-utils).
 */

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    if (stack.length > 1) stack[stack.length - 1]!.text += text;
  });
  parser.write(xml).close();
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


const ctx = (lang: 'fa' | 'en' = 'fa') => reportContext(lang);

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

  it('the XML parser refuses what is not well formed (the check is not vacuous)', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    for (const bad of ['<a>x &amp b</a>', '<a><b></a>', '<a x="1" x="2"/>', '<a>\u0001</a>', '<a/><b/>', '<a>x]]>y</a>']) {
      expect(() => parseXml(head + bad), bad).toThrow();
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
