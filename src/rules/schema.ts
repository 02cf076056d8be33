import { defineEngineRule } from '../core/engine/rule.js';

/** An engine rule: the JSON Schemas of schemas/, with the messages of core/schema/schema-messages.ts. */
export default defineEngineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    fixable: false,
    description: { fa: 'پیش‌نویس با طرح قالب استاندارد وزارت کشور نمی‌خواند', en: 'The draft does not match the schema of the standard format' },
  },
});
