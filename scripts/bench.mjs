// `npm run bench`: validates generated corpora of realistic drafts and compares, in one run and for
// each corpus size, a cold batch (default threads, and one thread), a warm-cache batch, the floor a
// warm run cannot beat (a bare node script that lists the folder and stats every draft) and ajv-cli
// (the usual schema-only checker); and one file against `node -e 0`. Prints medians, ratios, memory.
//
//   npm run bench                          200, 2,000 and 10,000 drafts, 5 rounds each
//   BENCH_COUNTS=2000 npm run bench        one size
//   BENCH_RUNS=3 npm run bench             fewer rounds
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const counts = (process.env.BENCH_COUNTS ?? process.env.BENCH_COUNT ?? '200,2000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cacheFile = join(root, '.bench', 'cache.json');
const floorScript = join(root, 'scripts', 'bench', 'floor.mjs');
const draftBin = join(root, 'bin', 'draft.js');
const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

/**
 * Runs a command once: wall time in ms, and when /usr/bin/time is there peak RSS in MB and CPU time
 * (user + system) in ms. On a shared machine the CPU time is the steadier figure: the wall time of a
 * one-thread run is its CPU time plus however long it waited for a CPU.
 */
function runOnce({ label, argv, expect }) {
  const cmd = hasTime ? '/usr/bin/time' : argv[0];
  const args = hasTime ? ['-f', '%M %U %S', ...argv] : argv.slice(1);
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const time = Number(process.hrtime.bigint() - start) / 1e6;
  if (expect !== undefined && !expect.includes(r.status)) {
    console.error(`${label}: unexpected exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  const [rss, user, system] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { time, rss: rss / 1024, cpu: (user + system) * 1000 };
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
        const { time, rss, cpu } = runOnce(c);
        samples[k].push({ time, rss, cpu, round });
      });
    }
  }
  return cases.map((c, k) => {
    const times = samples[k].map((x) => x.time);
    const rss = samples[k].map((x) => x.rss).filter((x) => !Number.isNaN(x));
    const byRound = Array.from({ length: rounds }, (_, round) => median(samples[k].filter((x) => x.round === round).map((x) => x.time)));
    const cpu = median(samples[k].map((x) => x.cpu));
    return { label: c.label, median: median(times), min: Math.min(...times), max: Math.max(...times), peak: rss.length ? Math.max(...rss) : NaN, cpu, byRound, count: times.length };
  });
}

const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

const os = await import('node:os');
console.log(`pishnevis benchmark: ${counts.join(', ')} drafts, node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const schemaArgs = ['-s', 'schemas/draft.schema.json', '-r', 'schemas/common.schema.json', '-r', 'schemas/directive.schema.json', '-r', 'schemas/circular.schema.json'];
const perRound = (a, b) => a.byRound.map((x, i) => x / b.byRound[i]);
const summary = (xs, digits) => `${median(xs).toFixed(digits)}× (rounds ${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const table = (results) => {
  console.log('| case | median | min–max | CPU time | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(`| ${r.label} | ${ms(r.median)} | ${ms(r.min)}–${ms(r.max)} | ${Number.isNaN(r.cpu) ? 'n/a' : ms(r.cpu)} | ${Number.isNaN(r.peak) ? 'n/a' : `${r.peak.toFixed(0)} MB`} |`);
};
const TARGETS = { 2000: 1.5, 10000: 2 };

for (const count of counts) {
  const corpus = join(root, '.bench', `corpus-${count}`);
  if (!existsSync(join(corpus, 'broken'))) {
    const made = generateCorpus(corpus, { count });
    console.log(`generated ${made.count} drafts, ${(made.bytes / 1048576).toFixed(1)} MB (${Math.round(made.bytes / made.count / 1024)} KB each), defects: ${JSON.stringify(made.defects)}`);
  }
  const clean = readdirSync(corpus).filter((f) => f.endsWith('.yaml'));
  const warmArgs = [process.execPath, draftBin, 'validate', corpus, '--cache-location', cacheFile];
  rmSync(cacheFile, { force: true });
  runOnce({ label: 'prime the cache', argv: warmArgs, expect: [1] });
  const results = measureInRounds([
    { label: `draft validate (cold, ${count} drafts)`, argv: [process.execPath, draftBin, 'validate', corpus], expect: [1], perRound: 1 },
    { label: 'draft validate --threads 1 (cold)', argv: [process.execPath, draftBin, 'validate', corpus, '--threads', '1'], expect: [1], perRound: 1 },
    { label: 'draft validate (warm cache)', argv: warmArgs, expect: [1], perRound: 2 },
    { label: 'floor: node lists the folder and stats every draft', argv: [process.execPath, floorScript, corpus], expect: [0], perRound: 2 },
    { label: `ajv-cli validate (schema only, ${clean.length} parsable drafts)`, argv: [process.execPath, ajvBin, 'validate', '--spec=draft2020', '--all-errors', '--errors=no', ...schemaArgs, '-d', `${corpus}/*.yaml`], expect: [0, 1], perRound: 1 },
  ], runs);
  console.log('');
  console.log(`### ${count} drafts`);
  table(results);
  const [cold, single, warm, floor, ajv] = results;
  console.log('');
  console.log(`cold batch vs ajv-cli:      ${summary(perRound(ajv, cold), 2)} faster${TARGETS[count] ? `; target ≥ ${TARGETS[count]}×` : ''}`);
  if (!Number.isNaN(single.cpu)) console.log(`CPU time, one thread vs ajv-cli: ${(ajv.cpu / single.cpu).toFixed(2)}× less (what the wall ratio is on an idle machine)`);
  console.log(`default vs --threads 1:     ${summary(perRound(cold, single), 2)} the time; target ≤ 1.00×`);
  console.log(`warm cache vs floor:        ${summary(perRound(warm, floor), 2)} the time; target ≤ 1.3×`);
  console.log(`warm cache vs cold:         ${summary(perRound(cold, warm), 1)} faster`);
  console.log(`cold batch peak memory:     ${Number.isNaN(cold.peak) ? 'n/a' : `${cold.peak.toFixed(0)} MB`} (target < 300 MB)`);
}

const smallest = join(root, '.bench', `corpus-${counts[0]}`);
const one = join(smallest, readdirSync(smallest).filter((f) => f.endsWith('.yaml'))[0]);
const [node0, single] = measureInRounds([
  { label: 'node -e 0', argv: [process.execPath, '-e', '0'], perRound: 3 },
  { label: 'draft validate one.yaml', argv: [process.execPath, draftBin, 'validate', one], expect: [0], perRound: 3 },
], runs);
console.log('');
table([node0, single]);
console.log(`one file vs node -e 0:      ${summary(perRound(single, node0), 2)} the time; target ≤ 2×`);

// draft digest: the committee's report over a corpus of varied submissions (scripts/bench/digest-corpus.mjs),
// with how well its groups match the concerns the corpus was made of. BENCH_DIGEST=0 skips it.
if (process.env.BENCH_DIGEST !== '0') {
  const { generateDigestCorpus, scoreGroups } = await import('./bench/digest-corpus.mjs');
  const { PROVINCES } = await import('../dist/persian/provinces.js');
  const { CITIES } = await import('../dist/persian/cities.js');
  const count = counts[counts.length - 1];
  const digestCorpus = join(root, ".bench", `digest-${count}`);
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
