// `node scripts/prose-check.mjs [files…]`: the text rules over real Persian prose, to measure how often they
// speak where nothing is wrong. Prints, per text rule, its findings per 1,000 words over the running prose
// (test/fixtures/prose/*.txt, web pages and a news report, each paragraph after a `# source:` line; and the
// real legal texts the structural tests use, test/fixtures/real/sources/*.txt) and how many it raised on the
// kept sentences (test/fixtures/prose/sentences.tsv): ellipses that mean "and so on", foreign runs,
// commas inside them. Every finding on a kept sentence is a false positive; those on running prose are
// listed with their excerpt for a person to judge. Needs `npm run build` first (it reads dist/).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules, validateText } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const proseDir = join(root, 'test', 'fixtures', 'prose');
const legalDir = join(root, 'test', 'fixtures', 'real', 'sources');
const TEXT_RULES = ['arabic-letters', 'arabic-digits', 'rlm-half-space', 'presentation-forms', 'zwnj', 'latin-punctuation', 'placeholders'];
/** What the kept sentences are kept for: these rules must be silent on every one of them. */
const KEPT_FOR = new Set(['placeholders', 'latin-punctuation']);
const selected = rules.filter((r) => TEXT_RULES.includes(r.meta.id));

/** One text as the title of a draft: the text rules read it like any prose field. */
function findingsOf(text) {
  const source = `status: ready\nrationale:\n  problem: ${JSON.stringify(text)}\n`;
  return validateText(source, { rules: selected, lang: 'en', file: 'prose.yaml' }).findings.filter((f) => TEXT_RULES.includes(f.ruleId));
}
const wordsOf = (text) => text.split(/\s+/u).filter(Boolean).length;

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : [proseDir, legalDir].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)));

const perRule = new Map(TEXT_RULES.map((id) => [id, { prose: 0, kept: 0 }]));
let words = 0;
const listed = [];
const perFile = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('# source:')).join('\n');
  const before = listed.length;
  words += wordsOf(text);
  // Paragraph by paragraph, so an excerpt's line is the paragraph's.
  for (const paragraph of text.split('\n').filter((p) => p.trim() !== '')) {
    for (const f of findingsOf(paragraph)) {
      perRule.get(f.ruleId).prose++;
      listed.push(`  ${f.ruleId}: ${f.message}`);
    }
  }
  perFile.push(`  ${file.slice(root.length + 1)}: ${wordsOf(text)} words, ${listed.length - before} finding(s)`);
}

const keptFile = join(proseDir, 'sentences.tsv');
const kept = readFileSync(keptFile, 'utf8').split('\n').filter((l) => l.includes('\t') && !l.startsWith('#'));
const falsePositives = [];
for (const line of kept) {
  const [source, sentence] = line.split('\t');
  // A fragment is read between Persian words, as it stood in its prose.
  for (const f of findingsOf(`متن ${sentence} متن`)) {
    // The other rules may be right about a kept sentence («می گیرد» with a space): listed to be judged.
    if (!KEPT_FOR.has(f.ruleId)) {
      listed.push(`  ${f.ruleId}: ${f.message}  (kept sentence, ${source})`);
      continue;
    }
    perRule.get(f.ruleId).kept++;
    falsePositives.push(`  ${f.ruleId}: ${sentence}  (${source})\n    ${f.message}`);
  }
}

console.log(`prose: ${files.length} text(s), ${words} words; kept sentences: ${kept.length}\n`);
console.log(`${perFile.join('\n')}\n`);
console.log('| rule | findings in prose | per 1,000 words | false positives on kept sentences (placeholders, latin-punctuation) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [id, c] of perRule) console.log(`| ${id} | ${c.prose} | ${(words ? (c.prose * 1000) / words : 0).toFixed(2)} | ${c.kept} |`);
if (listed.length > 0) console.log(`\nother findings (judge each; on this sample all are real):\n${listed.join('\n')}`);
if (falsePositives.length > 0) console.log(`\nfalse positives on kept sentences:\n${falsePositives.join('\n')}`);
process.exitCode = falsePositives.length > 0 ? 1 : 0;
