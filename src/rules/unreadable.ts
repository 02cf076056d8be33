import { defineEngineRule } from '../core/engine/rule.js';

/** An engine rule: the file could not be read as a draft at all (its findings are the engine's). */
export default defineEngineRule({
  meta: {
    id: 'unreadable',
    severity: 'error',
    fixable: false,
    description: { fa: 'فایل پیش‌نویس خوانده نشد (کدگذاری، اندازه یا دسترسی)', en: 'The draft file could not be read (encoding, size or access)' },
  },
});
