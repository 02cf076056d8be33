import { realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { readRegularFileSync } from '../parse/read-file.js';
import { decodeDraft } from '../parse/decode.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { LIMITS } from '../limits.js';
import { validateFileSync, type ReadSink, type TextSink, type ValidateOptions } from './validate.js';
import { fixText, type FixOptions } from './fix.js';
import { unifiedDiff } from './fix-diff.js';
import type { FileResult, FixType } from './types.js';

/** What `--fix` asks of a file: the kinds of fixes, and whether to write them or only show them. */
export interface FixRequest {
  types?: FixType[];
  /** false: `--fix-dry-run`, the file is never written (its bytes and mtime stay as they are). */
  write: boolean;
}

/** What `--fix` did to a file. */
export interface FileFix {
  applied: number;
  refused: number;
  passes: number;
  /** Whether the file on disk now holds the fixed text. */
  written: boolean;
  /** The file changed on disk while it was being fixed, so the fixes were not written. */
  conflict?: boolean;
  /** `--fix-dry-run`: the unified diff of what `--fix` would write. */
  diff?: string;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Fixes one draft file: reads it, runs the fixer, and writes the result atomically (a temporary file
 * beside it, flushed, renamed over it) so an interrupted run leaves either the original or the fixed
 * file, never half of one. The BOM and the line breaks are kept; a symbolic link keeps pointing at
 * the file it named, which is what is rewritten. Unreadable files are validated as usual (they carry
 * their finding). `sink` and `onText` see what the result describes: the file as it is afterwards.
 */
export function fixFileSync(
  path: string,
  options: Omit<ValidateOptions, 'file'> & { file?: string },
  request: FixRequest,
  sink?: ReadSink,
  onText?: TextSink,
): { result: FileResult; fix?: FileFix } {
  const read = readRegularFileSync(path, LIMITS.maxFileBytes);
  if (!read.ok) return { result: validateFileSync(path, options, sink, onText) };
  const decoded = decodeDraft(read.bytes);
  if (!decoded.ok) return { result: validateFileSync(path, options, sink, onText) };
  const file = options.file ?? path;
  const fixOptions: FixOptions = request.types ? { types: new Set(request.types) } : {};
  const outcome = fixText(decoded.text, { ...options, file, dir: options.dir ?? dirname(path) }, fixOptions);
  const result = outcome.result;
  if (outcome.output === decoded.text) {
    sink?.(read.bytes, read);
    onText?.(decoded.text, result);
    return { result, ...(outcome.refused ? { fix: { applied: 0, refused: outcome.refused, passes: outcome.passes, written: false } } : {}) };
  }
  const fix: FileFix = { applied: outcome.applied, refused: outcome.refused, passes: outcome.passes, written: false };
  onText?.(outcome.output, result);
  if (!request.write) {
    fix.diff = unifiedDiff(file, decoded.text, outcome.output);
    return { result, fix };
  }
  const hadBom = read.bytes.length >= 3 && BOM.equals(read.bytes.subarray(0, 3));
  const body = Buffer.from(outcome.output, 'utf8');
  const bytes = hadBom ? Buffer.concat([BOM, body]) : body;
  const target = realpathSync(path);
  const before = statSync(target);
  // Someone saved the file while it was being fixed: their version wins, and this run says so.
  if (before.size !== read.size || before.mtimeMs !== read.mtimeMs) return { result: validateFileSync(path, options, sink, onText), fix: { ...fix, applied: 0, conflict: true } };
  writeFileAtomic(target, bytes, { force: true, mode: before.mode & 0o7777 });
  fix.written = true;
  if (sink) {
    sink(bytes, statSync(target));
  }
  return { result, fix };
}
