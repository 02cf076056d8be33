import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest/build.js';
import { fastParse } from '../../src/core/parse/parse.js';
import { CITIES } from '../../src/persian/cities.js';
import { PROVINCES } from '../../src/persian/provinces.js';
import type { DigestInput } from '../../src/core/digest/types.js';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { digestDrafts, scoreGroups } from '../../scripts/bench/digest-corpus.mjs';

interface Generated { id: string; text: string; truth: string }

describe('digest on the benchmark corpus (many municipalities, shared concerns in many wordings)', () => {
  it('finds the concerns the corpus was made of: pairwise precision and recall ≥ 0.95', () => {
    const places = PROVINCES.slice(3).flatMap((p) => [[p.name, p.capital], ...(CITIES[p.name] ?? []).slice(0, 6).map((c) => [p.name, c])]);
    const truth: Record<string, string> = {};
    const inputs: DigestInput[] = [];
    for (const d of digestDrafts({ count: 2500, seed: 7, places }) as Iterable<Generated>) {
      truth[d.id] = d.truth;
      const parsed = fastParse(d.text);
      if (!parsed.ok) throw new Error(`generated draft ${d.id} does not parse`);
      const data = parsed.data as { id: string; status: string; title: string; category: string; municipality: { province: string; city: string }; rationale: { problem: string; proposal: string } };
      inputs.push({
        source: 'draft', file: `${d.id}.yaml`, id: data.id, status: data.status, title: data.title, category: data.category,
        province: data.municipality.province, city: data.municipality.city, problem: data.rationale.problem, proposal: data.rationale.proposal,
        errors: [], warningCount: 0,
      });
    }
    const digest = buildDigest(inputs, { generator: 'pishnevis test' });
    const score = scoreGroups(digest.groups, truth) as { precision: number; recall: number };
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    // The three provinces that sent nothing are still listed.
    expect(digest.byProvince.filter((p) => p.count === 0).map((p) => p.province)).toEqual(PROVINCES.slice(0, 3).map((p) => p.name));
  }, 60_000);
});
