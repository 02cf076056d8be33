import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest global setup: every temporary folder the tests make (mkdtemp under os.tmpdir(), in the test
 * processes and in the CLI processes they start) goes into one folder for the run, removed at its end.
 * Left in /tmp, a few hundred folders a run added up to thousands on a developer's machine.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'pishnevis-test-'));
  // Open to other users as /tmp is: a test runs the CLI as an ordinary user to meet an unreadable folder.
  chmodSync(root, 0o755);
  // Set before vitest starts its test processes, which inherit it (os.tmpdir() reads TMPDIR each time).
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
