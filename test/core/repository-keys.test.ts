/**
 * On worker threads, the repository rules' keys of each draft are worked out as its result comes in
 * (prepareKeys), and checkRepository uses them at the end. The findings must be exactly those found
 * without them, and a key worked out for one draft's metadata never stands for another's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRepository, prepareKeys } from '../../src/core/engine/repository.js';
import { repositoryRules } from '../../src/rules/index.js';
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

  afterEach(() => vi.restoreAllMocks());

  it('are used: a draft whose keys were worked out ahead has none worked out again at the end', () => {
    const config = defaultConfig('/nowhere', 'en');
    const list = drafts();
    for (const e of list.slice(0, 2)) prepareKeys(e.meta);
    const spies = repositoryRules.map((rule) => vi.spyOn(rule, 'key'));
    checkRepository(list, [], config, 'en');
    const asked = new Set(spies.flatMap((spy) => spy.mock.calls.map(([meta]) => meta)));
    expect(asked).toEqual(new Set([list[2]!.meta, list[3]!.meta]));
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(2);
  });

  it('belong to the metadata object they were worked out for, not to an equal-looking other', () => {
    const config = defaultConfig('/nowhere', 'en');
    const list = drafts();
    prepareKeys(list[2]!.meta);
    // Another object with the other draft's title: its own key is used, so it clashes with draft 2.
    const clash = entry(9, 'qom-9', 'دستورالعمل دیگر');
    const spies = repositoryRules.map((rule) => vi.spyOn(rule, 'key'));
    const found = summary(checkRepository([...list, clash], [], config, 'en'));
    expect(found.filter((s) => s.includes('unique-title') && (s.includes('d2.yaml') || s.includes('d9.yaml')))).toHaveLength(2);
    for (const spy of spies) {
      expect(spy).toHaveBeenCalledWith(clash.meta);
      expect(spy).not.toHaveBeenCalledWith(list[2]!.meta);
    }
  });
});
