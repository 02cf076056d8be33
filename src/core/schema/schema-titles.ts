import { readFileSync, readdirSync } from 'node:fs';
import type { DataPath } from '../engine/types.js';
import { packagePath } from '../../paths.js';
import { pathToFileURL } from 'node:url';

/**
 * Reads the Persian titles and allowed keys out of the JSON Schemas, to turn ajv's errors into
 * sentences that name a field the way the form does. Loaded only when a file has a schema error.
 */
type Schema = Record<string, unknown>;

const schemaDir = pathToFileURL(packagePath('schemas') + '/');
let byId: Map<string, Schema> | undefined;

function schemas(): Map<string, Schema> {
  if (!byId) {
    byId = new Map();
    for (const name of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'))) {
      const schema = JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')) as Schema;
      byId.set(name, schema);
      if (typeof schema.$id === 'string') byId.set(schema.$id, schema);
    }
  }
  return byId;
}

interface Located {
  schema: Schema;
  file: Schema;
}

function resolveRef(ref: string, from: Schema): Located | undefined {
  const [fileRef, pointer = ''] = ref.split('#');
  let file: Schema | undefined = from;
  if (fileRef) {
    const name = fileRef.split('/').pop()!;
    file = schemas().get(fileRef) ?? schemas().get(name);
  }
  if (!file) return undefined;
  let node: unknown = file;
  for (const part of pointer.split('/').filter(Boolean)) {
    node = (node as Schema | undefined)?.[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node && typeof node === 'object' ? { schema: node as Schema, file } : undefined;
}

/** Every schema that applies to the same instance as `at`, following $ref, allOf and if/then/else. */
function applicators(at: Located, depth = 0): Located[] {
  if (depth > 12) return [];
  const out: Located[] = [at];
  const s = at.schema;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(s.$ref, at.file);
    if (target) out.push(...applicators(target, depth + 1));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) for (const sub of list) out.push(...applicators({ schema: sub as Schema, file: at.file }, depth + 1));
  }
  for (const key of ['then', 'else'] as const) {
    const sub = s[key];
    if (sub && typeof sub === 'object') out.push(...applicators({ schema: sub as Schema, file: at.file }, depth + 1));
  }
  return out;
}

function step(candidates: Located[], segment: string | number): Located[] {
  const next: Located[] = [];
  for (const c of candidates) {
    for (const a of applicators(c)) {
      if (typeof segment === 'number') {
        const items = a.schema.items;
        if (items && typeof items === 'object') next.push({ schema: items as Schema, file: a.file });
      } else {
        const props = a.schema.properties as Record<string, Schema> | undefined;
        const sub = props?.[segment];
        if (sub) next.push({ schema: sub, file: a.file });
        const additional = a.schema.additionalProperties;
        if (!sub && additional && typeof additional === 'object') next.push({ schema: additional as Schema, file: a.file });
      }
    }
  }
  return next;
}

function at(path: DataPath, rootName: string): Located[] {
  const root = schemas().get(rootName);
  if (!root) return [];
  let candidates: Located[] = [{ schema: root, file: root }];
  for (const segment of path) {
    candidates = step(candidates, segment);
    if (candidates.length === 0) break;
  }
  return candidates;
}

/** The Persian title of the field at `path`, if the schema gives one. */
export function titleAt(path: DataPath, root = 'draft.schema.json'): string | undefined {
  for (const c of at(path, root)) for (const a of applicators(c)) if (typeof a.schema.title === 'string') return a.schema.title;
  return undefined;
}

/** The keys an object at `path` may have, for "did you mean" suggestions. */
export function allowedKeysAt(path: DataPath, root = 'draft.schema.json'): string[] {
  const keys = new Set<string>();
  for (const c of at(path, root)) {
    for (const a of applicators(c)) {
      const props = a.schema.properties as Record<string, unknown> | undefined;
      if (props) for (const k of Object.keys(props)) keys.add(k);
    }
  }
  return [...keys];
}
