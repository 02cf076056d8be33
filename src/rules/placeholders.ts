import { defineRule } from '../core/engine/rule.js';
import { HINTS, scanTexts } from './text-scan.js';

/** What a template leaves to be filled: an ellipsis, TODO/FIXME, «[...]», or an unrendered {{ }}. */
const PLACEHOLDER = /…|\.{3,}|\bTODO\b|\bFIXME\b|\bXXX\b|\{\{[^}]*\}\}|\{\{|\}\}|\[\s*(?:…|\.{3})\s*\]/g;

export default defineRule({
  meta: {
    id: 'placeholders',
    severity: 'warning',
    fixable: false,
    description: { fa: 'متنی که الگو برای تکمیل گذاشته است («…»، TODO، {{ }})', en: 'Text the template left to fill in («…», TODO, {{ }})' },
    messages: {
      ready: { fa: '«{text}» هنوز تکمیل نشده است و پیش‌نویس «آماده» (ready) نباید جای خالی داشته باشد.', en: '"{text}" is still to be filled in, and a ready draft must not have any.' },
      draft: { fa: '«{text}» هنوز تکمیل نشده است؛ پیش از «آماده» کردن پیش‌نویس آن را بنویسید.', en: '"{text}" is still to be filled in; complete it before the draft is marked ready.' },
    },
  },
  check(context) {
    const ready = context.draft.status === 'ready';
    scanTexts(context, PLACEHOLDER, (m) => ({
      messageId: ready ? 'ready' : 'draft',
      data: { text: m[0] },
      severity: ready ? 'error' : 'warning',
    }), HINTS.placeholders);
  },
});
