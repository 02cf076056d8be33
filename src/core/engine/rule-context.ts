import type { SourceScan } from '../parse/fast-yaml.js';
import { forEachText, type TextField } from './text-fields.js';
import type { ResolvedConfig } from '../config/types.js';
import type { RuleContext, RuleReport, SourceText } from './rule.js';

/** The draft a set of rules checks, as the engine hands it over. */
export interface DocumentInput {
  draft: Record<string, unknown>;
  file: string;
  dir: string | undefined;
  /** The YAML text the draft was read from, when there is one. */
  source?: string;
  /** The parser's scan over its copy of `source`, when it made one (fast-yaml.ts). */
  scan?: SourceScan;
  config: ResolvedConfig;
}

/** `has` over a string: the fallback when the parser holds no copy of the text. */
function scanString(text: string, table: Uint8Array, confirm?: (at: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = table[text.charCodeAt(i)];
    if (k === 1 || (k === 2 && confirm !== undefined && confirm(i))) return true;
  }
  return false;
}

const never = (): boolean => false;

/** A source text with its quick test (`has`), as rules see it: over the parser's copy when there is one. */
export function sourceText(text: string, scan?: SourceScan): SourceText {
  return {
    text,
    has: scan ? (table, confirm) => scan(table, confirm ?? never) : (table, confirm) => scanString(text, table, confirm),
  };
}

/**
 * What every rule's context shares for one draft: the prose fields and the facts rules `memo`, each
 * computed on the first question. One of these is made per draft, so nothing of one draft is ever
 * seen while checking the next (no module keeps "the last draft").
 */
class DocumentFacts {
  private textList: readonly TextField[] | undefined;
  private readonly memos = new Map<(context: RuleContext) => unknown, unknown>();
  readonly source: SourceText | undefined;

  constructor(readonly input: DocumentInput) {
    this.source = input.source === undefined ? undefined : sourceText(input.source, input.scan);
  }

  texts(): readonly TextField[] {
    if (this.textList === undefined) {
      const collected: TextField[] = [];
      forEachText(this.input.draft, (value, path) => collected.push({ value, path }));
      this.textList = collected;
    }
    return this.textList;
  }

  memo<T>(compute: (context: RuleContext) => T, context: RuleContext): T {
    if (this.memos.has(compute)) return this.memos.get(compute) as T;
    const value = compute(context);
    this.memos.set(compute, value);
    return value;
  }
}

class Context implements RuleContext {
  constructor(
    private readonly facts: DocumentFacts,
    readonly report: (report: RuleReport) => void,
  ) {}

  get draft(): Record<string, unknown> {
    return this.facts.input.draft;
  }
  get file(): string {
    return this.facts.input.file;
  }
  get dir(): string | undefined {
    return this.facts.input.dir;
  }
  get source(): SourceText | undefined {
    return this.facts.source;
  }
  get config(): ResolvedConfig {
    return this.facts.input.config;
  }
  get texts(): readonly TextField[] {
    return this.facts.texts();
  }
  memo<T>(compute: (context: RuleContext) => T): T {
    return this.facts.memo(compute, this);
  }
}

/**
 * The contexts the rules checking one draft receive: call the result once per rule, with where that
 * rule's reports go. Everything the contexts share is computed for this draft alone.
 */
export function documentContexts(input: DocumentInput): (report: (report: RuleReport) => void) => RuleContext {
  const facts = new DocumentFacts(input);
  return (report) => new Context(facts, report);
}
