import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest/build.js';
import { groupConcerns } from '../../src/core/digest/group.js';
import { PROVINCES } from '../../src/persian/provinces.js';
import type { DigestInput } from '../../src/core/digest/types.js';
import { FIXTURES, type FixtureDraft } from './fixtures.js';

const input = (d: FixtureDraft, extra: Partial<DigestInput> = {}): DigestInput => ({
  source: 'draft', file: `drafts/${d.id}.yaml`, id: d.id, kind: 'directive', status: d.status ?? 'ready', title: d.title,
  province: d.province, city: d.city, category: d.category, problem: d.problem, proposal: d.proposal,
  ...(d.amount !== undefined ? { financialImpact: BigInt(d.amount) } : {}), errors: [], warningCount: 0, ...extra,
});
const build = (inputs: DigestInput[], threshold?: number) =>
  buildDigest(inputs, { generator: 'pishnevis test', ...(threshold !== undefined ? { threshold } : {}) });
/** Groups as sorted lists of ids, sorted, for comparing with the known answer. */
const groupsOf = (digest: ReturnType<typeof build>): string[][] =>
  digest.groups.map((g) => g.members.map((m) => m.id).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
const expected = (drafts: FixtureDraft[]): string[][] => {
  const by = new Map<string, string[]>();
  for (const d of drafts) if (d.group) by.set(d.group, [...(by.get(d.group) ?? []), d.id]);
  return [...by.values()].map((ids) => ids.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
};

describe('digest grouping: common concerns', () => {
  it('groups near-duplicates (ی/ي, ZWNJ, digits, diacritics, other wording) and nothing else', () => {
    expect(groupsOf(build(FIXTURES.map((d) => input(d))))).toEqual(expected(FIXTURES));
  });

  it('gives each group its shared terms and a presentable label', () => {
    const digest = build(FIXTURES.map((d) => input(d)));
    const social = digest.groups.find((g) => g.members.some((m) => m.id === 'qom-social-security'))!;
    expect(social.municipalities).toBe(4);
    expect(social.terms).toEqual(expect.arrayContaining(['بدهی', 'تأمین', 'اجتماعی', 'تسویه']));
    // Never a common word, never a place.
    for (const g of digest.groups) for (const t of g.terms) expect(['شهرداری', 'دستورالعمل', 'شهر', 'قم', 'تبریز']).not.toContain(t);
    // The label is a member's title, in Persian letters when a valid member has one.
    expect(digest.groups.map((g) => g.label)).toContain('دستورالعمل تفکیک پسماند از مبدأ و بازیافت در شهرداری اصفهان');
    expect(social.cohesion).toBeGreaterThan(0.3);
    expect(social.cohesion).toBeLessThanOrEqual(1);
  });

  it('never groups drafts that share only the words every submission shares', () => {
    const common = FIXTURES.filter((d) => d.group === '');
    // Titles made only of common words do not pull them together either.
    const sameTitle = common.map((d) => input({ ...d, title: 'دستورالعمل شهرداری شهر' }));
    expect(build(sameTitle).groups).toEqual([]);
    expect(build(common.map((d) => input(d)), 0.05).groups).toEqual([]);
  });

  it('the threshold tunes it: at 0.95 only near-copies group', () => {
    // Tabriz's draft is Qom's typed with Arabic letters and spaces for half-spaces: a near-copy.
    expect(groupsOf(build(FIXTURES.map((d) => input(d)), 0.95))).toEqual([['qom-social-security', 'tabriz-social-security']]);
    expect(groupsOf(build(FIXTURES.filter((d) => d.id !== 'tabriz-social-security').map((d) => input(d)), 0.95))).toEqual([]);
  });

  it('average linkage: a chain of pairwise-similar texts does not become one group', () => {
    // a~b (0.67) and b~c (0.74), but a and c share nothing. Single linkage would chain all three at
    // 0.5; average linkage merges b and c, and a's average with them (0.67 + 0) / 2 is below 0.5.
    const docs = [
      { index: 0, title: 'بازیافت پسماند', body: 'تفکیک پسماند خشک بازیافت کاغذ' },
      { index: 1, title: 'بازیافت پسماند و نوسازی ناوگان اتوبوس', body: 'تفکیک پسماند خشک بازیافت کاغذ نوسازی ناوگان اتوبوس برقی' },
      { index: 2, title: 'نوسازی ناوگان اتوبوس', body: 'نوسازی ناوگان اتوبوس برقی' },
      { index: 3, title: 'آموزش کارکنان', body: 'دوره آموزشی مهارت' },
    ];
    expect(groupConcerns(docs, { threshold: 0.5 }).map((g) => g.members)).toEqual([[1, 2]]);
    // Lower, the average itself is high enough.
    expect(groupConcerns(docs, { threshold: 0.3 }).map((g) => g.members)).toEqual([[0, 1, 2]]);
  });
});

describe('digest totals and breakdowns', () => {
  const digest = build(FIXTURES.map((d) => input(d, d.id === 'tabriz-social-security'
    ? { errors: [{ code: 'arabic-letters', line: 5, column: 19, message: { fa: 'حرف عربی', en: 'Arabic letter' } }] }
    : {})));

  it('counts submissions, municipalities, provinces, ready and valid', () => {
    expect(digest.totals).toMatchObject({ submissions: 13, municipalities: 13, provinces: 13, ready: 11, valid: 12, readyAndValid: 10, packages: 0 });
  });

  it('sums financialImpact in rials, in digits and in Persian words', () => {
    expect(digest.totals.financialImpact).toEqual({
      amount: '5100000000000', unit: 'rial', digits: '۵٬۱۰۰٬۰۰۰٬۰۰۰٬۰۰۰', words: 'پنج هزار و صد میلیارد', stated: 4,
    });
  });

  it('keeps a sum beyond 2^53 exact', () => {
    const big = [1, 2, 3].map((i) => input({ ...FIXTURES[0]!, id: `big-${i}`, amount: 9_000_000_000_000_000 - i }));
    expect(build(big).totals.financialImpact.amount).toBe('26999999999999994');
  });

  it('lists all 31 provinces, those that sent nothing with 0', () => {
    expect(digest.byProvince.map((p) => p.province)).toEqual(PROVINCES.map((p) => p.name));
    expect(digest.byProvince.find((p) => p.province === 'قم')).toEqual({ province: 'قم', count: 1, ready: 1, municipalities: 1 });
    expect(digest.byProvince.find((p) => p.province === 'ایلام')).toEqual({ province: 'ایلام', count: 0, ready: 0, municipalities: 0 });
    expect(digest.byProvince.filter((p) => p.count > 0)).toHaveLength(13);
  });

  it('breaks down by category, and lists problems and proposals municipality by municipality', () => {
    expect(digest.byCategory.find((c) => c.category === 'social-security')).toMatchObject({ count: 4, label: 'تعهدات و همکاری با تأمین اجتماعی' });
    expect(digest.byCategory.find((c) => c.category === 'environment')).toMatchObject({ count: 4, ready: 2 });
    expect(digest.byCategory.find((c) => c.category === 'transport')).toMatchObject({ count: 0 });
    const env = digest.categories.find((c) => c.category === 'environment')!;
    expect(env.entries.map((e) => e.city)).toEqual(['اصفهان', 'ساری', 'همدان', 'یزد']);
    expect(env.entries[0]!.proposal).toContain('تفکیک پسماند خشک و تر');
  });

  it('lists what is not ready and what has errors', () => {
    expect(digest.notReady.map((n) => n.id)).toEqual(['sari-waste', 'hamedan-trees']);
    expect(digest.invalid).toEqual([{ id: 'tabriz-social-security', file: 'drafts/tabriz-social-security.yaml', source: 'draft', errorCount: 1, errors: [expect.objectContaining({ code: 'arabic-letters' })] }]);
  });

  it('counts a draft and the package made from it once, as the package', () => {
    const d = FIXTURES[0]!;
    const both = build([input(d), input(d, { source: 'package', file: 'out/qom-social-security.zip', verified: true })]);
    expect(both.totals.submissions).toBe(1);
    expect(both.totals.packages).toBe(1);
    expect(both.categories[0]!.entries[0]!.source).toBe('package');
  });

  it('counts a package that failed verification, lists it as invalid, and does not read its text', () => {
    const d = FIXTURES[0]!;
    const failed = build([input(d, { source: 'package', file: 'bad.zip', verified: false, errors: [{ code: 'checksum_mismatch', message: { fa: 'x', en: 'x' } }] })]);
    expect(failed.totals).toMatchObject({ submissions: 1, valid: 0, packages: 1 });
    expect(failed.invalid[0]).toMatchObject({ file: 'bad.zip', source: 'package' });
    expect(failed.categories).toEqual([]);
    expect(failed.totals.financialImpact.stated).toBe(0);
  });
});
