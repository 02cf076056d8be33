// One-off check of src/core/parse/fast-yaml.ts against js-yaml over a folder of drafts (recursively):
//
//   node scripts/fast-yaml-check.mjs [dir]        default: .bench/corpus-10000
//
// For every *.yaml file, the fast reader must either give up (BAIL) or return exactly what
// js-yaml returns (deep-equal and the same JSON, so the same key order); when js-yaml throws, the
// fast reader must have given up. Prints the counts, lists any mismatch (there must be none, the exit
// code is 1 otherwise), then times both parsers over the same files: a warm-up pass, then a measured
// pass in batches, in µs per file. Bundles the TypeScript with esbuild first (no build needed).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import jsyaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '.bench', 'corpus-10000');
const bundle = join(tmpdir(), `fast-yaml-${process.pid}.mjs`);

execFileSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  [join(root, 'src', 'core', 'parse', 'fast-yaml.ts'), '--bundle', '--format=esm', '--platform=node', `--outfile=${bundle}`, '--log-level=warning'],
  { stdio: 'inherit' },
);
const { readSimpleYaml, BAIL } = await import(pathToFileURL(bundle).href);
rmSync(bundle);

const files = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && e.name.endsWith('.yaml')) files.push(p);
  }
})(dir);
files.sort();

const read = (f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
const load = (text) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });

let equal = 0;
let bailed = 0;
let bailedJsYamlThrows = 0;
const mismatched = [];
for (const f of files) {
  const text = read(f);
  const fast = readSimpleYaml(text);
  let slow;
  let threw = false;
  try {
    slow = load(text);
  } catch {
    threw = true;
  }
  if (fast === BAIL) {
    bailed++;
    if (threw) bailedJsYamlThrows++;
  } else if (threw) {
    mismatched.push(`${relative(root, f)} (js-yaml throws)`);
  } else if (isDeepStrictEqual(fast, slow) && JSON.stringify(fast) === JSON.stringify(slow)) {
    equal++;
  } else {
    mismatched.push(relative(root, f));
  }
}

console.log(`files:      ${files.length} in ${relative(root, dir) || dir}`);
console.log(`equal:      ${equal}`);
console.log(`bailed:     ${bailed} (js-yaml throws on ${bailedJsYamlThrows} of them)`);
console.log(`mismatched: ${mismatched.length}`);
for (const m of mismatched) console.log(`  ${m}`);

// Timing, in batches held in memory so that reading files is not timed. The first pass over the files
// (repeated for a small folder, to make at least 2,000 calls) warms up both parsers; the last is measured. In each batch, both parsers first run once untimed
// (so the freshly read texts are in the cache and their first garbage collection is behind), then
// each is timed, taking turns at going first.
function time(parse, texts) {
  const start = process.hrtime.bigint();
  for (const t of texts) parse(t);
  return Number(process.hrtime.bigint() - start) / 1000;
}
const safeLoad = (t) => {
  try {
    return load(t);
  } catch {
    return undefined;
  }
};
const BATCH = 50;
let fastUs = 0;
let slowUs = 0;
let bytes = 0;
const passes = 1 + Math.max(1, Math.ceil(2000 / Math.max(1, files.length)));
for (let pass = 1; pass <= passes; pass++) {
  for (let i = 0; i < files.length; i += BATCH) {
    const texts = files.slice(i, i + BATCH).map(read);
    time(readSimpleYaml, texts);
    time(safeLoad, texts);
    let f;
    let j;
    if ((i / BATCH) % 2 === 0) {
      f = time(readSimpleYaml, texts);
      j = time(safeLoad, texts);
    } else {
      j = time(safeLoad, texts);
      f = time(readSimpleYaml, texts);
    }
    if (pass === passes) {
      fastUs += f;
      slowUs += j;
      for (const t of texts) bytes += Buffer.byteLength(t);
    }
  }
}
console.log(`timing (pass ${passes} over the ${files.length} files, ${(bytes / files.length / 1024).toFixed(1)} KB each on average):`);
console.log(`  readSimpleYaml: ${(fastUs / files.length).toFixed(1)} µs per file (bails included)`);
console.log(`  js-yaml:        ${(slowUs / files.length).toFixed(1)} µs per file`);
console.log(`  js-yaml / readSimpleYaml: ${(slowUs / fastUs).toFixed(1)}x`);

process.exitCode = mismatched.length === 0 ? 0 : 1;
