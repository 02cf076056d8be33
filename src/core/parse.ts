import jsyaml from 'js-yaml';
import { LIMITS } from './limits.js';

/**
 * The fast path: js-yaml builds plain data about seven times faster than a position-tracking
 * document, and most drafts in a batch are clean, so positions are only computed (by locate.ts)
 * for files that have something to report.
 */
export type FastParse =
  /** `simple`: the draft is in the subset fast-yaml.ts reads, which fast-locate.ts can find positions in. */
  | { ok: true; data: unknown; simple: boolean }
  | { ok: false; reason: 'syntax' | 'too-deep' | 'too-large' };

export function fastParse(text: string): FastParse {
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
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
export function measure(data: unknown): 'ok' | 'too-deep' | 'too-large' {
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
