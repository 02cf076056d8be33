/**
 * On worker threads, the repository rules' keys of each draft are worked out as its result comes in
 * (prepareKeys), and checkRepository uses them at the end. The findings must be exactly those found
 * without them, and a key worked out for one draft's metadata never stands for another's.
 */
import { describe, expect, it } from 'vitest';
import { checkRepository, prepareKeys } from '../../src/core/engine/repository.js';
import { defaultConfig } from '../../src/core/config/types.js';
import type { Entry } from '../../src/core/engine/rule.js';

const entry = (i: number, id: string, title: string): Entry => ({
  path: `/nowhere/d${i}.yaml`,
  display: `d${i}.yaml`,
  meta: { id, title, province: 'قم', city: 'قم', kind: 'directive' },
});

const drafts = (): Entry[] => [
  entry(0, 'qom-1', 'دستورالعمل شماره ۱'),
  entry(1, 'qom-1', 'دستورالعمل شماره 1'), // the same title once digits are compared as digits
  entry(2, 'qom-2', 'دستورالعمل دیگر'),
  entry(3, 'qom-3', 'دستورالعمل سوم'),
];

const summary = (found: ReturnType<typeof checkRepository>): string[] =>
  [...found].flatMap(([path, list]) => list.map((f) => `${path} ${f.ruleId} ${f.messages.en}`)).sort();

describe('repository keys worked out ahead', () => {
  it('give the same findings as keys worked out at the end', () => {
    const config = defaultConfig('/nowhere', 'en');
    const plain = summary(checkRepository(drafts(), [], config, 'en'));
    const ahead = drafts();
    for (const e of ahead) prepareKeys(e.meta);
    expect(summary(checkRepository(ahead, [], config, 'en'))).toEqual(plain);
    expect(plain.filter((s) => s.includes('unique-id'))).toHaveLength(2);
    expect(plain.filter((s) => s.includes('unique-title'))).toHaveLength(2);
  });

  it('belong to the metadata object they were worked out for, not to an equal-looking other', () => {
    const config = defaultConfig('/nowhere', 'en');
    const list = drafts();
    prepareKeys(list[2]!.meta);
    // Another object with the other draft's title: its own key is used, so it clashes with draft 2.
    const clash = entry(9, 'qom-9', 'دستورالعمل دیگر');
    const found = summary(checkRepository([...list, clash], [], config, 'en'));
    expect(found.filter((s) => s.includes('unique-title') && (s.includes('d2.yaml') || s.includes('d9.yaml')))).toHaveLength(2);
  });
});
