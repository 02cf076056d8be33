// `npm run bench`: validates a generated corpus of realistic drafts and compares, in one run, a cold
// batch, a warm-cache batch, one file, `node -e 0`, and ajv-cli (the usual schema-only checker) on
// the same corpus. Prints medians, ratios and peak memory.
//
//   npm run bench                 10,000 drafts, 5 rounds (each round runs every case)
//   BENCH_COUNT=2000 npm run bench  a smaller corpus
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.env.BENCH_COUNT ?? 10000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const corpus = join(root, '.bench', `corpus-${count}`);
const cacheFile = join(root, '.bench', 'cache.json');
const draftBin = join(root, 'bin', 'draft.js');
const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

/** Runs a command once: wall time in ms, peak RSS in MB (when /usr/bin/time is there), exit status. */
function runOnce({ label, argv, expect }) {
  const cmd = hasTime ? '/usr/bin/time' : argv[0];
  const args = hasTime ? ['-f', '%M', ...argv] : argv.slice(1);
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const time = Number(process.hrtime.bigint() - start) / 1e6;
  if (expect !== undefined && !expect.includes(r.status)) {
    console.error(`${label}: unexpected exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  return { time, rss: hasTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs the cases in rounds, every case in every round and the repeats of a round interleaved (node,
 * one file, cold, warm, ajv-cli, node, one file, warm, node, one file), so that the machine's speed,
 * which drifts on shared VMs, weighs on all of them alike: the cases a ratio compares ran seconds apart.
 */
function measureInRounds(cases, rounds) {
  const samples = cases.map(() => []);
  const repeats = Math.max(...cases.map((c) => c.perRound));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < repeats; i++) {
      cases.forEach((c, k) => {
        if (i >= c.perRound) return;
        const { time, rss } = runOnce(c);
        samples[k].push({ time, rss, round });
      });
    }
  }
  return cases.map((c, k) => {
    const times = samples[k].map((x) => x.time);
    const rss = samples[k].map((x) => x.rss).filter((x) => !Number.isNaN(x));
    const byRound = Array.from({ length: rounds }, (_, round) => median(samples[k].filter((x) => x.round === round).map((x) => x.time)));
    return { label: c.label, median: median(times), min: Math.min(...times), max: Math.max(...times), peak: rss.length ? Math.max(...rss) : NaN, byRound, count: times.length };
  });
}

const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

console.log(`pishnevis benchmark: ${count} drafts, node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
if (!existsSync(join(corpus, 'broken'))) {
  const made = generateCorpus(corpus, { count });
  console.log(`generated ${made.count} drafts, ${(made.bytes / 1048576).toFixed(1)} MB (${Math.round(made.bytes / made.count / 1024)} KB each), defects: ${JSON.stringify(made.defects)}`);
}
const clean = readdirSync(corpus).filter((f) => f.endsWith('.yaml'));
const one = join(corpus, clean[0]);

const schemaArgs = ['-s', 'schemas/draft.schema.json', '-r', 'schemas/common.schema.json', '-r', 'schemas/directive.schema.json', '-r', 'schemas/circular.schema.json'];
const warmArgs = [process.execPath, draftBin, 'validate', corpus, '--cache-location', cacheFile];
rmSync(cacheFile, { force: true });
runOnce({ label: 'prime the cache', argv: warmArgs, expect: [1] });
const results = measureInRounds([
  { label: 'node -e 0', argv: [process.execPath, '-e', '0'], perRound: 3 },
  { label: 'draft validate one.yaml', argv: [process.execPath, draftBin, 'validate', one], expect: [0], perRound: 3 },
  { label: `draft validate (cold, ${count} drafts)`, argv: [process.execPath, draftBin, 'validate', corpus], expect: [1], perRound: 1 },
  { label: 'draft validate (warm cache)', argv: warmArgs, expect: [1], perRound: 2 },
  { label: `ajv-cli validate (schema only, ${clean.length} parsable drafts)`, argv: [process.execPath, ajvBin, 'validate', '--spec=draft2020', '--all-errors', '--errors=no', ...schemaArgs, '-d', `${corpus}/*.yaml`], expect: [0, 1], perRound: 1 },
], runs);

console.log('');
console.log('| case | median | min–max | peak RSS |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${ms(r.median)} | ${ms(r.min)}–${ms(r.max)} | ${Number.isNaN(r.peak) ? 'n/a' : `${r.peak.toFixed(0)} MB`} |`);
const byLabel = (prefix) => results.find((r) => r.label.startsWith(prefix));
const node0 = byLabel('node -e 0');
const single = byLabel('draft validate one');
const cold = byLabel('draft validate (cold');
const warm = byLabel('draft validate (warm');
const ajv = byLabel('ajv-cli');
// Each ratio round by round, where the cases it compares ran seconds apart; the median of those is the
// figure, and their range shows how much of a difference is the machine's.
const perRound = (a, b) => a.byRound.map((x, i) => x / b.byRound[i]);
const summary = (xs, digits) => `${median(xs).toFixed(digits)}× (rounds ${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
console.log('');
console.log(`cold batch vs ajv-cli:      ${summary(perRound(ajv, cold), 2)} faster; target ≥ 1.5×`);
console.log(`warm cache vs cold:         ${summary(perRound(cold, warm), 1)} faster; target ≥ 20×`);
console.log(`one file vs node -e 0:      ${summary(perRound(single, node0), 2)} the time; target ≤ 2×`);
console.log(`cold batch peak memory:     ${Number.isNaN(cold.peak) ? 'n/a' : `${cold.peak.toFixed(0)} MB`} (target < 300 MB)`);

// draft digest: the committee's report over a corpus of varied submissions (scripts/bench/digest-corpus.mjs),
// with how well its groups match the concerns the corpus was made of. BENCH_DIGEST=0 skips it.
if (process.env.BENCH_DIGEST !== '0') {
  const { generateDigestCorpus, scoreGroups } = await import('./bench/digest-corpus.mjs');
  const { PROVINCES } = await import('../dist/persian/provinces.js');
  const { CITIES } = await import('../dist/persian/cities.js');
  const digestCorpus = join(root, '.bench', `digest-${count}`);
  if (!existsSync(`${digestCorpus}.truth.json`)) {
    const places = PROVINCES.slice(3).flatMap((p) => [[p.name, p.capital], ...(CITIES[p.name] ?? []).slice(0, 6).map((c) => [p.name, c])]);
    const made = generateDigestCorpus(digestCorpus, { count, places });
    console.log(`\ngenerated ${made.count} digest drafts about ${made.concerns} concerns, ${(made.bytes / 1048576).toFixed(1)} MB`);
  }
  const out = join(root, '.bench', 'digest.json');
  const argv = [process.execPath, draftBin, 'digest', digestCorpus, '-o', out, '--force'];
  const [digestRun] = measureInRounds([{ label: `draft digest (${count} drafts, -o digest.json)`, argv, expect: [0, 1], perRound: 1 }], Math.min(runs, 3));
  const { readFileSync } = await import('node:fs');
  const digest = JSON.parse(readFileSync(out, 'utf8'));
  const score = scoreGroups(digest.groups, JSON.parse(readFileSync(`${digestCorpus}.truth.json`, 'utf8')));
  console.log('');
  console.log(`| ${digestRun.label} | ${ms(digestRun.median)} | ${ms(digestRun.min)}–${ms(digestRun.max)} | ${Number.isNaN(digestRun.peak) ? 'n/a' : `${digestRun.peak.toFixed(0)} MB`} |`);
  console.log(`digest groups: ${digest.groups.length}; pairwise precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} against the corpus's concerns`);
}
