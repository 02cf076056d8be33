// `npm run bench`: validates a generated corpus of realistic drafts and compares, in one run, a cold
// batch, a warm-cache batch, one file, `node -e 0`, and ajv-cli (the usual schema-only checker) on
// the same corpus. Prints medians, ratios and peak memory.
//
//   npm run bench                 10,000 drafts, 3 runs each (5 for the fast cases)
//   BENCH_COUNT=2000 npm run bench  a smaller corpus
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.env.BENCH_COUNT ?? 10000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const corpus = join(root, '.bench', `corpus-${count}`);
const cacheFile = join(root, '.bench', 'cache.json');
const draftBin = join(root, 'bin', 'draft.js');
const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

function measure(label, argv, { expect, repeat = runs } = {}) {
  const times = [];
  const rss = [];
  let status;
  for (let i = 0; i < repeat; i++) {
    const cmd = hasTime ? '/usr/bin/time' : argv[0];
    const args = hasTime ? ['-f', '%M', ...argv] : argv.slice(1);
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    status = r.status;
    if (hasTime) rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
    if (expect !== undefined && !expect.includes(r.status)) {
      console.error(`${label}: unexpected exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
      process.exit(2);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const peak = rss.length ? Math.max(...rss) : NaN;
  return { label, median, min: times[0], max: times[times.length - 1], peak, status, repeat };
}

const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

console.log(`pishnevis benchmark: ${count} drafts, node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
if (!existsSync(join(corpus, 'broken'))) {
  const made = generateCorpus(corpus, { count });
  console.log(`generated ${made.count} drafts, ${(made.bytes / 1048576).toFixed(1)} MB (${Math.round(made.bytes / made.count / 1024)} KB each), defects: ${JSON.stringify(made.defects)}`);
}
const clean = readdirSync(corpus).filter((f) => f.endsWith('.yaml'));
const one = join(corpus, clean[0]);

const results = [];
results.push(measure('node -e 0', [process.execPath, '-e', '0'], { repeat: 10 }));
results.push(measure('draft validate one.yaml', [process.execPath, draftBin, 'validate', one], { expect: [0], repeat: 10 }));
const cold = measure(`draft validate (cold, ${count} drafts)`, [process.execPath, draftBin, 'validate', corpus], { expect: [1] });
results.push(cold);
rmSync(cacheFile, { force: true });
measure('prime the cache', [process.execPath, draftBin, 'validate', corpus, '--cache-location', cacheFile], { expect: [1], repeat: 1 });
results.push(measure('draft validate (warm cache)', [process.execPath, draftBin, 'validate', corpus, '--cache-location', cacheFile], { expect: [1], repeat: Math.max(runs, 5) }));
const schemaArgs = ['-s', 'schemas/draft.schema.json', '-r', 'schemas/common.schema.json', '-r', 'schemas/directive.schema.json', '-r', 'schemas/circular.schema.json'];
results.push(measure(`ajv-cli validate (schema only, ${clean.length} parsable drafts)`, [process.execPath, ajvBin, 'validate', '--spec=draft2020', '--all-errors', '--errors=no', ...schemaArgs, '-d', `${corpus}/*.yaml`], { expect: [0, 1] }));

console.log('');
console.log('| case | median | min–max | peak RSS |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${ms(r.median)} | ${ms(r.min)}–${ms(r.max)} | ${Number.isNaN(r.peak) ? 'n/a' : `${r.peak.toFixed(0)} MB`} |`);
const byLabel = (prefix) => results.find((r) => r.label.startsWith(prefix));
const node0 = byLabel('node -e 0');
const single = byLabel('draft validate one');
const warm = byLabel('draft validate (warm');
const ajv = byLabel('ajv-cli');
console.log('');
console.log(`cold batch vs ajv-cli:      ${(ajv.median / cold.median).toFixed(2)}× faster (target ≥ 1.5×)`);
console.log(`warm cache vs cold:         ${(cold.median / warm.median).toFixed(1)}× faster (target ≥ 20×)`);
console.log(`one file vs node -e 0:      ${(single.median / node0.median).toFixed(2)}× the time (target ≤ 2×)`);
console.log(`cold batch peak memory:     ${Number.isNaN(cold.peak) ? 'n/a' : `${cold.peak.toFixed(0)} MB`} (target < 300 MB)`);
