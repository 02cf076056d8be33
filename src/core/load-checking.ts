/**
 * Loads the code that checks drafts and reads configuration files (checking.ts), for the runs that
 * need it. From the sources this is a plain import. The built CLI replaces this module
 * (scripts/build.mjs) with one that requires dist/checking.cjs, the same code as one CommonJS file:
 * Node loads that in about 20 ms, where the same code as ES module chunks takes about 45.
 */
export function loadChecking(): Promise<typeof import('./checking.js')> {
  return import('./checking.js');
}
