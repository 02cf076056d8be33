import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/placeholders.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'complete text', code: 'status: ready\ntitle: دستورالعمل تسویه تعهدات\n' },
    { name: 'a single period and two dots', code: 'status: ready\ntitle: پایان.. متن.\n' },
    { name: 'words that contain TODO', code: 'status: ready\ntitle: TODOLIST and MASTODON\n' },
    {
      name: 'machine fields are exempt',
      code: 'status: ready\nid: todo\nattachments:\n  - path: TODO.pdf\nauthor:\n  email: "a...b@x.ir"\n',
    },
  ],
  invalid: [
    {
      name: 'a draft: warnings for «……», «شماره ...», TODO and {{ }}',
      code: 'status: draft\ntitle: طرح ……\nsubject: شماره ...\nscope: TODO\nbody:\n  - "{{ title }}"\n',
      errors: [
        { line: 2, column: 12, severity: 'warning', message: '"……" is still to be filled in; complete it before the draft is marked ready.' },
        { line: 3, column: 10, severity: 'warning', message: '"شماره ..."' },
        { line: 4, column: 8, severity: 'warning', message: '"TODO"' },
        { line: 6, column: 6, severity: 'warning', message: '"{{ title }}"' },
      ],
    },
    {
      name: 'a ready draft: errors',
      code: 'status: ready\ntitle: …\nrationale:\n  problem: |\n    مسئله اول\n    TODO\n',
      errors: [
        { line: 2, column: 8, severity: 'error', message: '"…" is still to be filled in, and a ready draft must not have any.' },
        { line: 6, column: 5, severity: 'error' },
      ],
    },
    {
      name: 'no status counts as a draft',
      code: 'title: "[...]"\n',
      errors: [{ line: 1, column: 9, severity: 'warning', message: '"[...]"' }],
    },
    {
      name: 'a half-rendered placeholder',
      code: 'status: ready\ntitle: "شهرداری {{ city"\n',
      errors: [{ line: 2, column: 17, severity: 'error', message: '"{{"' }],
    },
  ],
});

describe('the shared quick test of the text rules', () => {
  it('finds in a source whatever any one rule\'s quick test finds', async () => {
    const { HINTS } = await import('../../src/rules/text-scan.js');
    const samples = ['ي', 'ى', 'ك', '٠', '٩', 'می\u200Fشود', 'می\u200Eشود', 'کتاب\u00ADها', 'ﯾﮑﯽ', ',', ';', '……', '{{', '}}', 'تاریخ ...', '....', 'TODO', 'FIXME', 'XXX'];
    const { validateText } = await import('../../src/core/engine/validate.js');
    for (const sample of samples) {
      const hit = Object.values(HINTS).some((r) => r.test(sample));
      expect(hit).toBe(true);
      // A ready draft whose only fault is this text: some text rule must see it.
      const result = validateText(`status: ready\ntitle: "متن ${sample} متن"\n`, { lang: 'en' });
      expect(result.findings.some((f) => f.ruleId !== 'schema')).toBe(true);
    }
  });
});
