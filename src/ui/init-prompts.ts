/**
 * The questions of `draft init`, in Persian by default: the defaults `draft new` will fill in
 * (province, city, author). The province and city lists are the ones `draft new` asks with
 * (src/ui/prompts.ts); every answer is checked by the scaffold core exactly as a flag would be.
 */

import { input } from '@inquirer/prompts';
import { askCity, askProvince, type PromptSession } from './prompts.js';
import { readText, type Reading } from '../core/scaffold/index.js';
import { capitalOf } from '../persian/provinces.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Bilingual, Lang } from '../core/engine/types.js';

export interface InitPromptAnswers {
  province?: string;
  city?: string;
  authorName?: string;
  authorPosition?: string;
}

export interface InitPromptSession {
  lang: Lang;
  config: ResolvedConfig;
  given: InitPromptAnswers;
}

const verdict = (r: Reading<unknown>, lang: Lang): true | string => (r.ok ? true : r.errors.map((e) => e[lang]).join(' '));

const LABELS: Record<'authorName' | 'authorPosition', Bilingual> = {
  authorName: { fa: 'نام و نام خانوادگی تهیه‌کننده پیش‌نویس‌ها (خالی: بعداً):', en: "Drafts' author, full name (empty: later):" },
  authorPosition: { fa: 'سمت تهیه‌کننده (خالی: بعداً):', en: "Author's position (empty: later):" },
};

/** Asks what was not given; an empty author answer leaves it out of the configuration. */
export async function askInit(session: InitPromptSession): Promise<InitPromptAnswers> {
  const { lang, config } = session;
  const known: InitPromptAnswers = { ...session.given };
  const scaffold: PromptSession = {
    lang, config, given: {}, yes: false, now: new Date(), force: false,
    target: () => ({ display: '', exists: false }),
  };
  if (known.province === undefined) known.province = await askProvince(scaffold, undefined);
  if (known.city === undefined) known.city = await askCity(scaffold, known.province, capitalOf(known.province));
  for (const key of ['authorName', 'authorPosition'] as const) {
    if (known[key] !== undefined) continue;
    const value = await input({
      message: LABELS[key][lang],
      validate: (v) => (v.trim() === '' ? true : verdict(readText(key, v, { config }), lang)),
    });
    if (value.trim() !== '') known[key] = value.trim();
  }
  return known;
}
