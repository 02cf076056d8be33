import { LIMITS } from '../limits.js';
import { BAIL, readSimple, type SourceScan } from './fast-yaml.js';
import { jsyaml } from './yaml-lib.js';

/**
 * The fast paths, both giving plain data and no positions (locate.ts and fast-locate.ts compute
 * those only for a file that has something to report): first fast-yaml.ts's reader of the subset
 * drafts are written in (about ten times faster than js-yaml), then js-yaml for anything else
 * (about seven times faster than a position-tracking document).
 */
export type FastParse =
  /**
   * `simple`: the draft is in the subset fast-yaml.ts reads, which fast-locate.ts can find positions
   * in; `scan` then tests the text's characters over the copy fast-yaml made of it.
   */
  | { ok: true; data: unknown; simple: boolean; scan?: SourceScan }
  | { ok: false; reason: 'syntax' | 'too-deep' | 'too-large' }
  /** With `subsetOnly`: the text is outside fast-yaml.ts's subset, and was not read further. */
  | { ok: false; reason: 'outside-subset' };

export function fastParse(text: string, options: { subsetOnly?: boolean } = {}): FastParse {
  // Its result has no aliases and at most 64 levels; only a file far bigger than a draft can hold
  // more nodes than LIMITS allows, and only such a file is measured.
  const { data: simple, scan } = readSimple(text);
  if (simple !== BAIL) {
    const shape = text.length > 256 * 1024 ? measure(simple) : 'ok';
    return shape === 'ok' ? { ok: true, data: simple, simple: true, ...(scan ? { scan } : {}) } : { ok: false, reason: shape };
  }
  if (options.subsetOnly) return { ok: false, reason: 'outside-subset' };
  return fullParse(text);
}

/** js-yaml alone: for a text the fast reader has already refused. */
export function fullParse(text: string): FastParse {
  let data: unknown;
  const { load, CORE_SCHEMA } = jsyaml();
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch (e) {
    return { ok: false, reason: e instanceof RangeError ? 'too-deep' : 'syntax' };
  }
  const shape = measure(data);
  if (shape !== 'ok') return { ok: false, reason: shape };
  return { ok: true, data, simple: false };
}

/**
 * Walks the data as a validator would, aliases expanded, and gives up early: a few hundred bytes
 * of anchors can stand for billions of nodes, and deep nesting overflows recursive consumers.
 */
function measure(data: unknown): 'ok' | 'too-deep' | 'too-large' {
  let nodes = 0;
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > LIMITS.maxNodes) return 'too-large';
    if (depth > LIMITS.maxDepth) return 'too-deep';
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return 'ok';
}
