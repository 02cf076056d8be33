// Per-draft A/B of two checkouts, in one process so both see the same machine: the time of each phase
// (parse, schema, each rule) and of the whole validateText, min over interleaved rounds, in µs a draft.
//
//   node scripts/bench/ab.mjs <other checkout, built> . .bench/corpus-2000     (N=1000 drafts, R=8 rounds)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
const [A, B, corpus] = process.argv.slice(2);
async function setup(root) {
  const d = (p) => import(pathToFileURL(join(resolve(root), 'dist', p)).href);
  const { fastParse } = await d('core/parse/parse.js');
  const { checkDraftSchema } = await d('core/schema/schema-check.js');
  const { rules } = await d('rules/index.js');
  const { validateText } = await d('core/engine/validate.js');
  const { defaultConfig } = await d('core/config/types.js');
  let documentContexts;
  try { ({ documentContexts } = await d('core/engine/rule-context.js')); } catch { documentContexts = ({ draft, file, dir, source, config }) => () => ({ draft, file, dir, source, config, report() {} }); }
  return { fastParse, checkDraftSchema, rules, validateText, config: defaultConfig(process.cwd(), 'fa'), documentContexts };
}
const sides = { A: await setup(A), B: await setup(B) };
const texts = readdirSync(corpus).filter((f) => f.endsWith('.yaml')).slice(0, Number(process.env.N ?? 1000)).map((f) => readFileSync(join(corpus, f), 'utf8'));
const best = { A: {}, B: {} };
const now = () => performance.now();
for (let round = 0; round < Number(process.env.R ?? 8); round++) {
  for (const side of ['A', 'B']) {
    const s = sides[side]; const T = {}; const add = (k, t) => (T[k] = (T[k] ?? 0) + t);
    for (const text of texts) {
      let t = now(); const fast = s.fastParse(text); add('fastParse', now() - t);
      t = now(); s.checkDraftSchema(fast.data); add('schema', now() - t);
      const ctxFor = s.documentContexts({ draft: fast.data, file: 'x', dir: '.', source: text, scan: fast.scan, config: s.config });
      for (const rule of s.rules) { const ctx = ctxFor(() => {}); t = now(); try { rule.check(ctx); } catch { /* a rule that throws is the engine's to report; here only its time counts */ } add(rule.meta.id, now() - t); }
      t = now(); s.validateText(text, { config: s.config, file: 'x.yaml' }); add('TOTAL', now() - t);
    }
    for (const k in T) best[side][k] = Math.min(best[side][k] ?? Infinity, T[k] / texts.length * 1000);
  }
}
const keys = Object.keys({ ...best.A, ...best.B }).sort((x, y) => (best.B[y] ?? 0) - (best.B[x] ?? 0));
for (const k of keys) console.log(k.padEnd(22), (best.A[k] ?? NaN).toFixed(1).padStart(7), (best.B[k] ?? NaN).toFixed(1).padStart(7));
