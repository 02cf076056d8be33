/**
 * The data a draft renders from. The same fast parser validation uses, with one repair: an amount
 * beyond Number.MAX_SAFE_INTEGER (a rial figure of 16 digits or more) would have lost its last digits
 * as a JavaScript number, so it is re-read exactly, as a bigint, from the source.
 */

import { parseDocument } from 'yaml';
import { fastParse } from '../parse/parse.js';

export type DraftLoad = { ok: true; data: Record<string, unknown> } | { ok: false };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadDraftData(text: string): DraftLoad {
  const parsed = fastParse(text);
  if (!parsed.ok || !isRecord(parsed.data)) return { ok: false };
  const data = parsed.data;
  const financial = isRecord(data.rationale) && isRecord(data.rationale.financialImpact) ? data.rationale.financialImpact : undefined;
  if (financial && typeof financial.amount === 'number' && !Number.isSafeInteger(financial.amount)) {
    const exact = parseDocument(text, { intAsBigInt: true, schema: 'core' }).getIn(['rationale', 'financialImpact', 'amount']);
    if (typeof exact === 'bigint') {
      return { ok: true, data: { ...data, rationale: { ...data.rationale as object, financialImpact: { ...financial, amount: exact } } } };
    }
  }
  return { ok: true, data };
}
