import type { Reporter } from './types.js';

/** Reporters by name, loaded on demand so a run pays only for the formats it writes. */
export const reporters: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
};

export const reporterNames = (): string[] => Object.keys(reporters);

/** The formats that describe the rules they report, and so need the rule registry (ReportContext.ruleMeta). */
export const describesRules = (name: string): boolean => name === 'sarif';
