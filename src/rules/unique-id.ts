import { defineRepositoryRule } from '../core/engine/rule.js';

/** A repository rule: two drafts with one id would overwrite each other's package. */
export default defineRepositoryRule({
  meta: {
    id: 'unique-id',
    severity: 'error',
    fixable: false,
    description: { fa: 'شناسه (id) هر پیش‌نویس در مخزن یکتاست', en: 'Every draft in a repository has its own id' },
    messages: {
      duplicate: {
        fa: 'شناسه «{id}» در {count} پیش‌نویس آمده است؛ شناسه هر پیش‌نویس باید یکتا باشد.',
        en: 'The id "{id}" is used by {count} drafts; every draft needs its own id.',
      },
      related: { fa: 'همین شناسه اینجا هم آمده است', en: 'the same id is used here' },
    },
  },
  field: ['id'],
  key: (m) => m.id,
  data: (m, count) => ({ id: m.id ?? '', count }),
});
