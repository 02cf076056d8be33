import type { DataPath } from './types.js';

/**
 * Fields that hold machine values, not prose: orthography and placeholder rules leave them alone
 * (FORMAT.md: "Machine fields (id, e-mail, phone, paths) are exempt"). Dates are not exempt: a date in
 * Arabic-Indic digits is an orthography error like any other (FORMAT.md allows Latin or Persian).
 */
const MACHINE_FIELDS = new Set([
  'schemaVersion', 'kind', 'id', 'status', 'category',
  'municipality.code', 'author.email', 'author.phone', 'rationale.financialImpact.unit',
  'attachments.*.path', 'articles.*.number',
]);

/** MACHINE_FIELDS as a tree of segments ('*' for any index), so a lookup joins no strings. */
type Node = Map<string, Node | true>;
const TREE: Node = new Map();
for (const field of MACHINE_FIELDS) {
  const parts = field.split('.');
  let node = TREE;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node.set(part, true);
      return;
    }
    let next = node.get(part);
    if (!(next instanceof Map)) node.set(part, (next = new Map()));
    node = next;
  });
}

export function isMachineField(path: DataPath): boolean {
  let node: Node | true | undefined = TREE;
  for (const segment of path) {
    if (!(node instanceof Map)) return false;
    node = node.get(typeof segment === 'number' ? '*' : segment);
  }
  return node === true;
}

/** Calls `visit` for every string a person reads, with its path, in document order. */
export function forEachText(data: unknown, visit: (value: string, path: DataPath) => void): void {
  // One path array is reused while walking; a copy is made only for the strings handed out. The walk
  // carries its place in TREE along, so telling a machine field costs no lookup of the whole path.
  walkTexts(data, TREE, [], visit);
}

/** The walk of forEachText: a function of the module, not a closure made per draft, so V8 optimises it once. */
function walkTexts(value: unknown, node: Node | true | undefined, path: Array<string | number>, visit: (value: string, path: DataPath) => void): void {
  if (typeof value === 'string') {
    if (node !== true) visit(value, path.slice());
  } else if (Array.isArray(value)) {
    const child = node instanceof Map ? node.get('*') : undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkTexts(value[i], child, path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const map = node instanceof Map ? node : undefined;
    for (const k of Object.keys(value)) {
      path.push(k);
      walkTexts((value as Record<string, unknown>)[k], map?.get(k), path, visit);
      path.pop();
    }
  }
}

export interface TextField {
  value: string;
  path: DataPath;
}
