/**
 * Groups of common concerns: which submissions ask for the same thing.
 *
 * Each submission's title, problem and proposal become a TF-IDF vector over the stems of terms.ts
 * (the title counts twice: it is the concern in one line), with sublinear term frequency and an IDF
 * that gives a term found in every document no weight at all. Vectors are sparse, cut to their
 * heaviest terms, and unit length, so a dot product is a cosine.
 *
 * Pairs are found without comparing every draft with every other: an inverted index over the terms
 * gives, for each document, the documents that share a term with it and their partial cosine, summed
 * posting by posting (all-pairs similarity search). A term held by more than a quarter of the
 * documents stays out of the index (its postings would make the search quadratic); what such terms
 * can still add is bounded (Cauchy–Schwarz), and only a pair that can reach the threshold is compared
 * whole. Each document keeps its nearest neighbours at or above the threshold and a sample of the
 * others (see Neighbours).
 *
 * On that neighbour graph, agglomerative clustering with average linkage: the two groups whose
 * members are, on average over all their pairs, most alike are merged, again and again, while that
 * average stays at or above the threshold. With unit vectors the average over all pairs is the dot
 * product of the groups' sum vectors over their sizes, so it is exact (every pair counts, the far
 * ones too) and cheap; averages are recomputed lazily, when they reach the top of a heap.
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
  /** Nearest neighbours kept per document for the clustering to walk… */
  nearest?: number;
  /** …and how many of its other neighbours, sampled. */
  sampled?: number;
}

export const DEFAULT_THRESHOLD = 0.3;

interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A binary max-heap of merge candidates (average, a, b, and the versions of a and b it saw), in parallel arrays. */
class Heap {
  private keys: number[] = [];
  private as: number[] = [];
  private bs: number[] = [];
  private vas: number[] = [];
  private vbs: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  private move(to: number, from: number): void {
    this.keys[to] = this.keys[from]!;
    this.as[to] = this.as[from]!;
    this.bs[to] = this.bs[from]!;
    this.vas[to] = this.vas[from]!;
    this.vbs[to] = this.vbs[from]!;
  }
  private put(i: number, key: number, a: number, b: number, va: number, vb: number): void {
    this.keys[i] = key;
    this.as[i] = a;
    this.bs[i] = b;
    this.vas[i] = va;
    this.vbs[i] = vb;
  }
  push(key: number, a: number, b: number, va: number, vb: number): void {
    let i = this.keys.length;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! >= key) break;
      this.move(i, p);
      i = p;
    }
    this.put(i, key, a, b, va, vb);
  }
  pop(): [number, number, number, number, number] {
    const top: [number, number, number, number, number] = [this.keys[0]!, this.as[0]!, this.bs[0]!, this.vas[0]!, this.vbs[0]!];
    const last = this.keys.length - 1;
    const [key, a, b, va, vb] = [this.keys[last]!, this.as[last]!, this.bs[last]!, this.vas[last]!, this.vbs[last]!];
    for (const list of [this.keys, this.as, this.bs, this.vas, this.vbs]) list.length = last;
    if (last > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c = r < last && this.keys[r]! > this.keys[l]! ? r : l;
        if (this.keys[c]! <= key) break;
        this.move(i, c);
        i = c;
      }
      this.put(i, key, a, b, va, vb);
    }
    return top;
  }
}

/**
 * A document's neighbours: the `nearest` most similar, and a uniform sample (reservoir sampling,
 * with a hash for randomness so the result is the same on every run) of `sampled` of the others.
 */
class Neighbours {
  // Parallel arrays, nearest first: a document is offered hundreds of neighbours in a large group.
  private readonly nearIds: number[] = [];
  private readonly nearSims: number[] = [];
  private readonly sampleIds: number[] = [];
  private seen = 0;
  constructor(private readonly self: number, private readonly nearest: number, private readonly sampled: number) {}
  offer(other: number, sim: number): void {
    const { nearIds, nearSims } = this;
    if (nearIds.length < this.nearest || sim > nearSims[nearSims.length - 1]!) {
      let at = nearIds.length;
      while (at > 0 && nearSims[at - 1]! < sim) at--;
      nearIds.splice(at, 0, other);
      nearSims.splice(at, 0, sim);
      if (nearIds.length <= this.nearest) return;
      other = nearIds.pop()!;
      nearSims.pop();
    }
    this.seen++;
    if (this.sampleIds.length < this.sampled) {
      this.sampleIds.push(other);
      return;
    }
    const r = mix(this.self, other, this.seen) % this.seen;
    if (r < this.sampled) this.sampleIds[r] = other;
  }
  all(): number[] {
    return [...this.nearIds, ...this.sampleIds];
  }
}

/**
 * The sum of a group's unit vectors. Sparse while it has few terms; a large group's becomes a dense
 * array over the vocabulary, where a small group's terms are looked up by index. Dense only past a
 * sixteenth of the vocabulary, so dense arrays never take more than 16 times the sparse entries.
 */
class SumVector {
  static readonly EMPTY = new SumVector({ ids: new Int32Array(0), weights: new Float64Array(0) }, 1);
  /** A single document's vector as it is, until the group first grows: most never do. */
  private single: Vector | undefined;
  private keys: number[] = [];
  private sparse: Map<number, number> | undefined;
  private dense: Float64Array | undefined;
  private constructor(v: Vector, private readonly vocabulary: number) {
    this.single = v;
  }
  static of(v: Vector, vocabulary: number): SumVector {
    return new SumVector(v, vocabulary);
  }
  private get size(): number {
    return this.single ? this.single.ids.length : this.keys.length;
  }
  private get(id: number): number {
    return this.dense ? this.dense[id]! : this.sparse!.get(id) ?? 0;
  }
  dot(other: SumVector): number {
    if (this.single && other.single) return dot(this.single, other.single);
    // Iterate a single document's terms, or the smaller group's, and look them up in the other.
    const [it, lookup] = this.single ? [this, other] : other.single ? [other, this] : this.size <= other.size ? [this, other] : [other, this];
    let s = 0;
    if (it.single) {
      const { ids, weights } = it.single;
      for (let k = 0; k < ids.length; k++) s += weights[k]! * lookup.get(ids[k]!);
    } else {
      for (const id of it.keys) s += it.get(id) * lookup.get(id);
    }
    return s;
  }
  private addTerm(id: number, w: number): void {
    if (this.dense) {
      if (this.dense[id] === 0) this.keys.push(id);
      this.dense[id] = this.dense[id]! + w;
    } else {
      const old = this.sparse!.get(id);
      if (old === undefined) this.keys.push(id);
      this.sparse!.set(id, (old ?? 0) + w);
    }
  }
  add(other: SumVector): void {
    if (this.single) {
      const { ids, weights } = this.single;
      this.single = undefined;
      this.sparse = new Map();
      for (let k = 0; k < ids.length; k++) this.addTerm(ids[k]!, weights[k]!);
    }
    if (other.single) {
      const { ids, weights } = other.single;
      for (let k = 0; k < ids.length; k++) this.addTerm(ids[k]!, weights[k]!);
    } else {
      for (const id of other.keys) this.addTerm(id, other.get(id));
    }
    if (!this.dense && this.keys.length > Math.max(256, this.vocabulary / 16)) {
      this.dense = new Float64Array(this.vocabulary);
      for (const [id, w] of this.sparse!) this.dense[id] = w;
      this.sparse = undefined;
    }
  }
}

/** A 32-bit hash of three integers (a murmur-style finaliser). */
function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
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

  // Inverted index (compressed rows) over the terms that can tell concerns apart, in document order.
  const maxDf = Math.max(4, Math.floor((options.maxShare ?? 0.25) * n));
  const indexed = (id: number): boolean => df[id]! <= maxDf;
  const offsets = new Int32Array(df.length + 1);
  for (const v of vectors) for (const id of v.ids) if (indexed(id)) offsets[id + 1]! += 1;
  for (let t = 0; t < df.length; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, df.length);
  const postDoc = new Int32Array(offsets[df.length]!);
  const postWeight = new Float64Array(offsets[df.length]!);
  // What the unindexed terms can add to a cosine at most (Cauchy–Schwarz): |v_i'|·|v_j'|.
  const rest = new Float64Array(n);
  vectors.forEach((v, doc) => {
    let r = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const w = v.weights[k]!;
      if (!indexed(id)) {
        r += w * w;
        continue;
      }
      const at = fill[id]!;
      fill[id] = at + 1;
      postDoc[at] = doc;
      postWeight[at] = w;
    }
    rest[doc] = Math.sqrt(r);
  });

  // Each document's neighbours at or above the threshold: its nearest few, and a sample of the rest.
  // Nearest only would not do: when many submissions copy one model text, a document's nearest are
  // all copies of its own wording, and the wordings of one concern would never meet. A partial
  // cosine over the indexed terms is summed from the postings; only a pair that can still reach the
  // threshold is compared whole.
  const lists = Array.from({ length: n }, (_, i) => new Neighbours(i, options.nearest ?? 8, options.sampled ?? 24));
  const acc = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (!indexed(id)) continue;
      const w = v.weights[k]!;
      // Only the documents after i: each pair once.
      for (let p = offsets[id + 1]! - 1; p >= offsets[id]!; p--) {
        const j = postDoc[p]!;
        if (j <= i) break;
        // Weights are positive, so a touched document's sum is never 0.
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + w * postWeight[p]!;
      }
    }
    for (const j of touched) {
      const partial = acc[j]!;
      acc[j] = 0;
      // At the threshold on the indexed terms alone, the partial sum ranks the neighbour well enough
      // (the clustering computes its averages exactly); below it, only the whole cosine can tell.
      if (partial + rest[i]! * rest[j]! < threshold) continue;
      const sim = partial >= threshold ? partial : dot(v, vectors[j]!);
      if (sim < threshold) continue;
      lists[i]!.offer(j, sim);
      lists[j]!.offer(i, sim);
    }
    touched.length = 0;
  }
  const near = lists.map((l) => l.all());

  // Average-linkage agglomeration. With unit vectors, the mean cosine over all pairs of two groups is
  // the dot product of their sum vectors over their sizes: exact, every pair counted, the far ones too.
  // Groups merge only along the neighbour graph. A merge recomputes nothing at once: the mean of A∪B
  // with C is the size-weighted mean of A's and B's with C, so it is at most the larger of the two,
  // and the heap's entries for A and B stay upper bounds. An entry that comes to the top out of date
  // is recomputed for the groups its documents are in now and pushed again; one that comes up current
  // is the true best pair (every other key bounds its pair from above), and is merged.
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) [x, parent[x]] = [parent[x]!, root];
    return root;
  };
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const sums = vectors.map((v) => SumVector.of(v, df.length));
  const heap = new Heap();
  // Each edge once, from whichever side listed it.
  const edges = new Set<number>();
  near.forEach((list, i) => list.forEach((j) => {
    const edge = i < j ? i * n + j : j * n + i;
    if (edges.has(edge)) return;
    edges.add(edge);
    const sim = dot(vectors[i]!, vectors[j]!);
    if (sim >= threshold) heap.push(sim, Math.min(i, j), Math.max(i, j), 0, 0);
  }));
  // The versions each pair of groups was last pushed with, so that many stale entries for one pair
  // are recomputed once.
  const pushed = new Map<string, string>();
  while (heap.size > 0) {
    const [key, a, b, va, vb] = heap.pop();
    if (key < threshold) break;
    if (version[a] !== va || version[b] !== vb || parent[a] !== a || parent[b] !== b) {
      const x = find(a);
      const y = find(b);
      if (x === y) continue;
      const [p, q] = x < y ? [x, y] : [y, x];
      const stamp = `${version[p]} ${version[q]}`;
      if (pushed.get(`${p} ${q}`) === stamp) continue;
      pushed.set(`${p} ${q}`, stamp);
      const avg = sums[p]!.dot(sums[q]!) / (size[p]! * size[q]!);
      if (avg >= threshold) heap.push(avg, p, q, version[p]!, version[q]!);
      continue;
    }
    const [into, gone] = size[a]! >= size[b]! ? [a, b] : [b, a];
    parent[gone] = into;
    sums[into]!.add(sums[gone]!);
    sums[gone] = SumVector.EMPTY;
    size[into] = size[into]! + size[gone]!;
    version[into] = version[into]! + 1;
    members[into]!.push(...members[gone]!);
    members[gone] = [];
  }

  const groups: TermGroup[] = [];
  for (let c = 0; c < n; c++) {
    if (parent[c] !== c || members[c]!.length < 2) continue;
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
