/**
 * The digest from the submissions read: totals, breakdowns, the problems and proposals category by
 * category, the groups of common concerns, and what is not ready or not valid. Pure: the same inputs
 * give the same digest (no clock, no file system), so its JSON can be compared run to run.
 */

import { formatAmount, numberToWords } from '../../persian/number-words.js';
import { PROVINCES } from '../../persian/provinces.js';
import { CATEGORY_NAMES } from '../render/model.js';
import { DEFAULT_THRESHOLD, groupConcerns, type GroupDocument } from './group.js';
import { DIGEST_SCHEMA_ID, type Digest, type DigestEntry, type DigestGroup, type DigestInput } from './types.js';

export interface BuildOptions {
  /** `pishnevis <version>`. */
  generator: string;
  threshold?: number;
}

/** Errors kept per invalid submission; the count is always whole. */
const ERRORS_SHOWN = 20;
const UNKNOWN_CATEGORY = 'نامشخص';

const faCompare = new Intl.Collator('fa').compare;
const byPlace = (a: { province?: string; city?: string; id?: string; file: string }, b: typeof a): number =>
  faCompare(a.province ?? '', b.province ?? '') || faCompare(a.city ?? '', b.city ?? '') || faCompare(a.id ?? '', b.id ?? '') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A failed package's text is not the municipality's word: it is counted and listed, not read. */
const trusted = (input: DigestInput): boolean => input.source === 'draft' || input.verified === true;
const isReady = (input: DigestInput): boolean => input.status === 'ready';
const isValid = (input: DigestInput): boolean => input.errors.length === 0;

/**
 * One submission per id: a draft and the package made from it, both given, are one submission. The
 * verified package stands for it (it is what was sent); otherwise the first in path order.
 */
export function dedupe(inputs: readonly DigestInput[]): DigestInput[] {
  const byId = new Map<string, number>();
  const out: DigestInput[] = [];
  for (const input of inputs) {
    const at = input.id !== undefined ? byId.get(input.id) : undefined;
    if (at === undefined) {
      if (input.id !== undefined) byId.set(input.id, out.length);
      out.push(input);
    } else if (input.source === 'package' && input.verified && !(out[at]!.source === 'package' && out[at]!.verified)) {
      out[at] = input;
    }
  }
  return out;
}

export function buildDigest(all: readonly DigestInput[], options: BuildOptions): Digest {
  const inputs = dedupe(all);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const place = (i: DigestInput): string | undefined => (i.province && i.city ? `${i.province}\u0000${i.city}` : undefined);

  let sum = 0n;
  let stated = 0;
  for (const i of inputs) {
    if (i.financialImpact !== undefined && trusted(i)) {
      sum += i.financialImpact;
      stated++;
    }
  }
  const provinceNames = new Set(PROVINCES.map((p) => p.name));

  const categoryCodes = Object.keys(CATEGORY_NAMES);
  for (const i of inputs) if (i.category && !categoryCodes.includes(i.category)) categoryCodes.push(i.category);
  const label = (code: string): string => CATEGORY_NAMES[code] ?? (code === '' ? UNKNOWN_CATEGORY : code);
  const byCategory = categoryCodes.map((category) => {
    const of = inputs.filter((i) => i.category === category);
    return { category, label: label(category), count: of.length, ready: of.filter(isReady).length };
  });
  const uncategorised = inputs.filter((i) => !i.category);
  if (uncategorised.length > 0) byCategory.push({ category: '', label: UNKNOWN_CATEGORY, count: uncategorised.length, ready: uncategorised.filter(isReady).length });

  const byProvince = PROVINCES.map((p) => {
    const of = inputs.filter((i) => i.province === p.name);
    return { province: p.name, count: of.length, ready: of.filter(isReady).length, municipalities: new Set(of.map((i) => i.city ?? '')).size };
  });

  const entries: DigestEntry[] = inputs.filter((i) => trusted(i) && (i.title || i.problem || i.proposal)).map((i) => ({
    id: i.id ?? '', file: i.file, source: i.source, kind: i.kind ?? '', status: i.status ?? '', title: i.title ?? '',
    province: i.province ?? '', city: i.city ?? '', category: i.category ?? '', problem: i.problem ?? '', proposal: i.proposal ?? '',
    ...(i.financialImpact !== undefined ? { financialImpact: i.financialImpact.toString() } : {}),
    ready: isReady(i), valid: isValid(i),
  }));
  entries.sort(byPlace);
  const categories = byCategory.filter((c) => c.count > 0).map((c) => ({
    category: c.category, label: c.label, entries: entries.filter((e) => e.category === c.category),
  })).filter((c) => c.entries.length > 0);

  const docs: GroupDocument[] = entries.map((e, index) => ({ index, title: e.title, body: `${e.problem}\n${e.proposal}` }));
  const groups: DigestGroup[] = groupConcerns(docs, { threshold }).map((g) => {
    const members = g.members.map((k) => entries[k]!);
    // Labelled by the most central member whose draft is valid (its title is the most presentable).
    const labelled = g.central.find((k) => entries[k]!.valid) ?? g.central[0]!;
    return {
      label: entries[labelled]!.title,
      terms: g.terms,
      municipalities: new Set(members.map((m) => `${m.province}\u0000${m.city}`)).size,
      cohesion: Math.round(g.cohesion * 1000) / 1000,
      members: members.map((m) => ({ id: m.id, file: m.file, province: m.province, city: m.city })),
    };
  });

  const notReady = inputs.filter((i) => !isReady(i) && (i.id !== undefined || i.status !== undefined)).sort(byPlace).map((i) => ({
    id: i.id ?? '', file: i.file, status: i.status ?? '', province: i.province ?? '', city: i.city ?? '', title: i.title ?? '',
  }));
  const invalid = inputs.filter((i) => !isValid(i)).sort(byPlace).map((i) => ({
    id: i.id ?? '', file: i.file, source: i.source, errorCount: i.errors.length, errors: i.errors.slice(0, ERRORS_SHOWN),
  }));

  return {
    $schema: DIGEST_SCHEMA_ID,
    generator: options.generator,
    threshold,
    totals: {
      submissions: inputs.length,
      municipalities: new Set(inputs.map(place).filter((p) => p !== undefined)).size,
      provinces: new Set(inputs.map((i) => i.province).filter((p): p is string => p !== undefined && provinceNames.has(p))).size,
      ready: inputs.filter(isReady).length,
      valid: inputs.filter(isValid).length,
      readyAndValid: inputs.filter((i) => isReady(i) && isValid(i)).length,
      unreadable: inputs.filter((i) => i.source === 'draft' && i.id === undefined && i.status === undefined).length,
      packages: inputs.filter((i) => i.source === 'package').length,
      financialImpact: { amount: sum.toString(), unit: 'rial', digits: formatAmount(sum), words: numberToWords(sum), stated },
    },
    byCategory,
    byProvince,
    categories,
    groups,
    notReady,
    invalid,
  };
}
