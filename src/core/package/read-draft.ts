/**
 * Reading one draft for rendering or packaging: its bytes exactly once (so the bytes packaged are the
 * bytes validated), its validation result, and its data. Never throws for a bad draft.
 */

import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeDraft } from '../parse/decode.js';
import { LIMITS } from '../limits.js';
import { buildSourceMap, locatePath, position } from '../parse/locate.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Bilingual, DataPath, FileResult, Finding, Lang, Severity } from '../engine/types.js';
import { validateFile, validateText } from '../engine/validate.js';
import { byPosition } from '../engine/result.js';
import { loadDraftData } from '../render/load.js';

export interface DraftInput {
  path: string;
  bytes?: Buffer;
  /** The decoded text (BOM removed), when the file is UTF-8 text. */
  text?: string;
  /** The parsed mapping, when the text parses to one. */
  data?: Record<string, unknown>;
  result: FileResult;
}

export async function readDraft(path: string, options: { file: string; config: ResolvedConfig; lang: Lang }): Promise<DraftInput> {
  const viaValidateFile = async (): Promise<DraftInput> => ({
    path,
    result: await validateFile(path, { file: options.file, config: options.config, lang: options.lang }),
  });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return viaValidateFile();
    size = info.size;
  } catch {
    return viaValidateFile();
  }
  if (size > LIMITS.maxFileBytes) return viaValidateFile();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return viaValidateFile();
  }
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return { ...(await viaValidateFile()), bytes };
  const result = validateText(decoded.text, { file: options.file, dir: dirname(path), config: options.config, lang: options.lang });
  const load = loadDraftData(decoded.text);
  return { path, bytes, text: decoded.text, result, ...(load.ok ? { data: load.data } : {}) };
}

/** A finding of the tool's own (not a rule's) at a place in the draft, located like rule findings. */
export function findingAt(
  text: string | undefined,
  file: string,
  at: DataPath,
  f: { ruleId: string; severity: Severity; messages: Bilingual; key?: boolean },
  lang: Lang,
): Finding {
  let line = 1;
  let column = 1;
  if (text !== undefined) {
    try {
      const map = buildSourceMap(text);
      const where = locatePath(map, at, { key: f.key });
      ({ line, column } = position(map, where.start));
    } catch {
      // Keep 1:1: a finding without a precise place is still a finding.
    }
  }
  return { ruleId: f.ruleId, severity: f.severity, message: f.messages[lang], messages: f.messages, file, line, column };
}

/** The result with more findings added, counts updated, order kept by position. */
export function withFindings(result: FileResult, extra: readonly Finding[]): FileResult {
  const findings = [...result.findings, ...extra].sort(byPosition);
  return {
    ...result,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}
