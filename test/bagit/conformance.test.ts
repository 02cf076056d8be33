/**
 * One test per bag of the Library of Congress BagIt conformance suite, generated from the directory
 * listing so that a bag added to the suite becomes a test without touching this file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyBagFolder } from '../../src/core/bagit/verify.js';

// The suite is shared with the project, beside the repository (../shared), in CI as here.
const SUITE = process.env['BAGIT_CONFORMANCE_DIR'] ?? fileURLToPath(new URL('../../../shared/bagit-conformance', import.meta.url));

type Expectation = 'valid' | 'warning' | 'invalid';

/**
 * linux-only and windows-only hold out-of-scope paths that are dangerous on one OS family (`~/x`,
 * `/tmp/x` vs `C:\x`, `\\?\UNC\…`, `%HomeDrive%`). The verifier's path rules are deliberately the
 * same on every host, since a bag made on one system is checked on another, so both groups are run
 * here and must be rejected; none needs skipping on Linux.
 */
const EXPECTATION: Record<string, Expectation> = {
  valid: 'valid',
  warning: 'warning',
  invalid: 'invalid',
  'linux-only': 'invalid',
  'windows-only': 'invalid',
};

const dirs = (path: string): string[] =>
  readdirSync(path)
    .filter((name) => statSync(join(path, name)).isDirectory())
    .sort();

describe('BagIt conformance suite', () => {
  it('is present', () => {
    expect(existsSync(SUITE), `conformance suite not found at ${SUITE} (set BAGIT_CONFORMANCE_DIR)`).toBe(true);
  });
  if (!existsSync(SUITE)) return;

  for (const version of dirs(SUITE)) {
    for (const group of dirs(join(SUITE, version))) {
      const expectation = EXPECTATION[group];
      it(`${version}/${group} is a known group`, () => {
        expect(expectation, `no expectation for group "${group}"`).toBeDefined();
      });
      if (expectation === undefined) continue;

      describe(`${version}/${group}`, () => {
        for (const bag of dirs(join(SUITE, version, group))) {
          it(bag, async () => {
            const report = await verifyBagFolder(join(SUITE, version, group, bag));
            const errors = report.problems.filter((p) => p.severity === 'error');
            const warnings = report.problems.filter((p) => p.severity === 'warning');
            const summary = report.problems.map((p) => `${p.severity} ${p.code}: ${p.message.en}`).join('\n');
            if (expectation === 'invalid') {
              expect(report.valid, summary).toBe(false);
              expect(errors.length, summary).toBeGreaterThan(0);
            } else {
              expect(report.valid, summary).toBe(true);
              expect(errors, summary).toEqual([]);
              if (expectation === 'warning') expect(warnings.length, summary).toBeGreaterThan(0);
            }
            for (const p of report.problems) {
              expect(p.message.fa.length).toBeGreaterThan(0);
              expect(p.message.en.length).toBeGreaterThan(0);
            }
          });
        }
      });
    }
  }
});
