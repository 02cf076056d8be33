/**
 * Groups of common concerns: which submissions ask for the same thing.
 *
 * Each submission's title, problem and proposal become a TF-IDF vector over the stems of terms.ts
 * (the title counts twice: it is the concern in one line), with sublinear term frequency and an IDF
 * that gives a term found in every document no weight at all. Vectors are sparse, cut to their
 * heaviest terms, and unit length, so a dot product is a cosine.
 *
 * Pairs are found without comparing every draft with every other: an inverted index over the terms
 * lists, for each document, only the documents that share a term with it, and sums their products
 * term by term (all-pairs similarity search). A term held by a large share of the documents is left
 * out of that index: it is not what makes two drafts the same concern, and its postings would make
 * the search quadratic. The pairs at or above the threshold are the edges of a graph.
 *
 * On that graph, agglomerative clustering with average linkage: the two groups whose members are, on
 * average over all their pairs, most alike are merged, again and again, while that average stays at or
 * above the threshold. A pair below the threshold counts as 0 in the average, which only makes merging
 * harder: a group never holds two members less alike than the threshold on average. Merges update
 * sums of similarities between neighbouring groups, with a heap; the work is proportional to the edges,
 * not to the square of the documents.
 */

import { terms } from './terms.js';

export interface GroupDocument {
  /** Index of the submission the text belongs to. */
  index: number;
  title: string;
  body: string;
}

export interface TermGroup {
  /** Indices of the submissions (GroupDocument.index), in input order. */
  members: number[];
  /** The members from the nearest to the group's centre to the farthest (the first is its medoid). */
  central: number[];
  /** Terms most members share, heaviest first, as words (not stems). */
  terms: string[];
  /** Mean cosine similarity over the group's pairs. */
  cohesion: number;
}

export interface GroupOptions {
  /** Cosine similarity (0–1) two groups must reach, on average over their pairs, to merge. */
  threshold: number;
  /** Terms kept per document (the heaviest). */
  maxTerms?: number;
  /** Terms in more than this share of the documents stay out of the pair search. */
  maxShare?: number;
}

export const DEFAULT_THRESHOLD = 0.3;

interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A binary max-heap of merge candidates; stale entries are skipped when popped. */
class Heap {
  private sims: number[] = [];
  private as: number[] = [];
  private bs: number[] = [];
  get size(): number {
    return this.sims.length;
  }
  push(sim: number, a: number, b: number): void {
    const { sims, as, bs } = this;
    let i = sims.length;
    sims.push(sim); as.push(a); bs.push(b);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (sims[p]! >= sim) break;
      sims[i] = sims[p]!; as[i] = as[p]!; bs[i] = bs[p]!;
      i = p;
    }
    sims[i] = sim; as[i] = a; bs[i] = b;
  }
  pop(): [number, number, number] {
    const { sims, as, bs } = this;
    const top: [number, number, number] = [sims[0]!, as[0]!, bs[0]!];
    const sim = sims.pop()!;
    const a = as.pop()!;
    const b = bs.pop()!;
    const n = sims.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && sims[r]! > sims[l]! ? r : l;
        if (sims[c]! <= sim) break;
        sims[i] = sims[c]!; as[i] = as[c]!; bs[i] = bs[c]!;
        i = c;
      }
      sims[i] = sim; as[i] = a; bs[i] = b;
    }
    return top;
  }
}

export function groupConcerns(docs: readonly GroupDocument[], options: GroupOptions): TermGroup[] {
  const threshold = options.threshold;
  const maxTerms = options.maxTerms ?? 48;
  const n = docs.length;
  if (n < 2) return [];

  // Term ids, document frequencies, and each stem's commonest written form.
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const surface: Array<Map<string, number>> = [];
  const counts: Array<Map<number, number>> = [];
  for (const doc of docs) {
    const tf = new Map<number, number>();
    const add = (text: string, weight: number): void => {
      for (const t of terms(text)) {
        let id = idOf.get(t.stem);
        if (id === undefined) {
          id = df.length;
          idOf.set(t.stem, id);
          df.push(0);
          surface.push(new Map());
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
        const forms = surface[id]!;
        if (forms.size < 8 || forms.has(t.word)) forms.set(t.word, (forms.get(t.word) ?? 0) + 1);
      }
    };
    add(doc.title, 2);
    add(doc.body, 1);
    for (const id of tf.keys()) df[id]! += 1;
    counts.push(tf);
  }
  const stems = [...idOf.keys()];
  const idf = df.map((d) => Math.log((n + 1) / (d + 1)));

  // Unit vectors of the heaviest terms, ids ascending.
  const vectors: Vector[] = counts.map((tf) => {
    const entries: Array<[number, number]> = [];
    for (const [id, count] of tf) {
      const w = (1 + Math.log(count)) * idf[id]!;
      if (w > 0) entries.push([id, w]);
    }
    entries.sort((a, b) => b[1] - a[1]);
    const kept = entries.slice(0, maxTerms).sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { ids: Int32Array.from(kept, ([id]) => id), weights: Float64Array.from(kept, ([, w]) => w / norm) };
  });

  // Inverted index over the terms that can tell concerns apart.
  const maxDf = Math.max(4, Math.floor((options.maxShare ?? 0.25) * n));
  const postings = new Map<number, Array<[number, number]>>();
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (df[id]! > maxDf) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push([doc, v.weights[k]!]);
    }
  });

  // Candidate pairs (i < j) from shared indexed terms, then their exact cosine over all kept terms.
  const neighbours: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  const seen = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const list = postings.get(v.ids[k]!);
      if (!list) continue;
      // Postings are in document order: only the documents after i.
      for (let p = list.length - 1; p >= 0; p--) {
        const j = list[p]![0];
        if (j <= i) break;
        if (seen[j] === 0) touched.push(j);
        seen[j] = 1;
      }
    }
    for (const j of touched) {
      seen[j] = 0;
      const sim = dot(v, vectors[j]!);
      if (sim >= threshold) {
        neighbours[i]!.set(j, sim);
        neighbours[j]!.set(i, sim);
      }
    }
    touched.length = 0;
  }

  // Average-linkage agglomeration over the edges. Clusters are named by one of their documents;
  // links[c] maps each neighbouring cluster to the sum of similarities across the two.
  const size = new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const links = neighbours;
  const heap = new Heap();
  const pushPair = (a: number, b: number, sum: number): void => heap.push(sum / (size[a]! * size[b]!), a, b);
  for (let i = 0; i < n; i++) {
    for (const [j, sim] of links[i]!) if (i < j) pushPair(i, j, sim);
  }
  while (heap.size > 0) {
    const [sim, a, b] = heap.pop();
    if (sim < threshold) break;
    if (!alive[a] || !alive[b]) continue;
    // An entry is stale once either side has merged since: its average is no longer the pair's.
    const sum = links[a]!.get(b);
    if (sum === undefined || Math.abs(sum / (size[a]! * size[b]!) - sim) > 1e-12) continue;
    // Merge the smaller into the larger.
    const [keep, gone] = size[a]! >= size[b]! ? [a, b] : [b, a];
    alive[gone] = 0;
    links[keep]!.delete(gone);
    for (const [c, s] of links[gone]!) {
      if (c === keep) continue;
      const other = links[c]!;
      other.delete(gone);
      const merged = (links[keep]!.get(c) ?? 0) + s;
      links[keep]!.set(c, merged);
      other.set(keep, merged);
    }
    links[gone]!.clear();
    size[keep] = size[keep]! + size[gone]!;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
    for (const [c, s] of links[keep]!) {
      const avg = s / (size[keep]! * size[c]!);
      if (avg >= threshold) pushPair(keep, c, s);
    }
  }

  const groups: TermGroup[] = [];
  for (let c = 0; c < n; c++) {
    if (!alive[c] || members[c]!.length < 2) continue;
    const docsIn = members[c]!.sort((x, y) => x - y);
    groups.push(describe(docsIn, vectors, stems, surface, docs));
  }
  // Largest first, then the tightest; ties by the first member, so the order is stable.
  groups.sort((x, y) => y.members.length - x.members.length || y.cohesion - x.cohesion || x.members[0]! - y.members[0]!);
  return groups;
}

function dot(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** The group's centre, its medoid, its shared terms and its cohesion. */
function describe(docIdx: number[], vectors: Vector[], stems: string[], surface: Array<Map<string, number>>, docs: readonly GroupDocument[]): TermGroup {
  const centroid = new Map<number, number>();
  const holders = new Map<number, number>();
  for (const d of docIdx) {
    const v = vectors[d]!;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      centroid.set(id, (centroid.get(id) ?? 0) + v.weights[k]! / docIdx.length);
      holders.set(id, (holders.get(id) ?? 0) + 1);
    }
  }
  let total = 0;
  const closeness = new Map<number, number>();
  for (const d of docIdx) {
    const v = vectors[d]!;
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) s += v.weights[k]! * (centroid.get(v.ids[k]!) ?? 0);
    total += s;
    closeness.set(d, s);
  }
  const central = [...docIdx].sort((x, y) => closeness.get(y)! - closeness.get(x)! || x - y);
  // Mean pairwise cosine from the centroid: |Σv|² = m + 2·Σpairs, over unit vectors.
  const m = docIdx.length;
  const sumSquared = total * m; // Σ_d v_d·(Σv/m) · m = |Σv|²
  const cohesion = m > 1 ? Math.max(0, Math.min(1, (sumSquared - m) / (m * (m - 1)))) : 1;
  // Shared terms: held by at least half the members (and two), heaviest in the centroid first.
  const needed = Math.max(2, Math.ceil(m / 2));
  const shared = [...holders].filter(([, h]) => h >= needed).map(([id]) => id)
    .sort((x, y) => centroid.get(y)! - centroid.get(x)! || (stems[x]! < stems[y]! ? -1 : 1))
    .slice(0, 8)
    .map((id) => commonest(surface[id]!, stems[id]!));
  return { members: docIdx.map((d) => docs[d]!.index), central: central.map((d) => docs[d]!.index), terms: shared, cohesion };
}

function commonest(forms: Map<string, number>, fallback: string): string {
  let word = fallback;
  let count = -1;
  for (const [w, c] of forms) if (c > count || (c === count && w < word)) [word, count] = [w, c];
  return word;
}
