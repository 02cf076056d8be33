import { defineEngineRule } from '../core/engine/rule.js';

/** An engine rule: the parser's own errors, in the project's words (core/parse/yaml-message.ts). */
export default defineEngineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    fixable: false,
    description: { fa: 'پیش‌نویس YAML درستی نیست', en: 'The draft is not well-formed YAML' },
  },
});
