import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateOnWorkers, WorkerPoolError, type Job } from '../../src/core/batch/worker-pool.js';
import { defaultConfig } from '../../src/core/config/types.js';

/*
 * The pool's behaviour when a thread dies, with a stand-in worker (test/fixtures/workers/) so that the
 * death is certain: a draft that exhausts a thread's memory costs that draft alone, while a thread that
 * cannot start, or fails in its own code, stops the run.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'workers');
const jobs = (names: string[]): Job[] => names.map((n) => ({ path: `/drafts/${n}`, display: `drafts/${n}` }));
const request = (list: Job[]) => ({ jobs: list, config: defaultConfig('/drafts', 'en'), lang: 'en' as const, stamps: false });

describe('the worker pool', () => {
  it('a draft that takes its thread down is reported alone; every other draft of the batch is checked', async () => {
    const names = Array.from({ length: 200 }, (_, i) => (i === 57 ? 'oom-57.yaml' : `d-${i}.yaml`));
    const out = await validateOnWorkers(request(jobs(names)), 2, join(FIXTURES, 'dies-on-marked.mjs'), 64);
    expect(out.results).toHaveLength(200);
    expect(out.results.map((r) => r.file)).toEqual(names.map((n) => `drafts/${n}`));
    const lost = out.results.filter((r) => r.errorCount > 0);
    expect(lost.map((r) => r.file)).toEqual(['drafts/oom-57.yaml']);
    expect(lost[0]!.findings[0]).toMatchObject({ ruleId: 'unreadable', line: 1, column: 1 });
    expect(lost[0]!.findings[0]!.message).toContain('out of memory');
    expect(lost[0]!.findings[0]!.messages.fa).toContain('رشته پردازش');
  }, 120_000);

  it('drafts a thread leaves to the main thread are checked there and put in their places', async () => {
    const names = Array.from({ length: 200 }, (_, i) => (i % 23 === 5 ? `slow-${i}.yaml` : `d-${i}.yaml`));
    const here: string[] = [];
    const checkHere = async (list: Job[]) => {
      here.push(...list.map((j) => j.display));
      return {
        results: list.map((j) => ({ file: j.display, findings: [], errorCount: 1, warningCount: 0, fixableCount: 0 })),
        stamps: list.map(() => undefined),
        frames: list.map(() => undefined),
      };
    };
    const out = await validateOnWorkers({ ...request(jobs(names)), checkHere }, 2, join(FIXTURES, 'dies-on-marked.mjs'));
    expect(out.results.map((r) => r.file)).toEqual(names.map((n) => `drafts/${n}`));
    const slow = names.filter((n) => n.startsWith('slow')).map((n) => `drafts/${n}`);
    expect(here.sort()).toEqual([...slow].sort());
    expect(out.results.filter((r) => r.errorCount === 1).map((r) => r.file)).toEqual(slow);
  });

  it('a failure checking a left draft on the main thread stops the run', async () => {
    const names = Array.from({ length: 200 }, (_, i) => (i === 77 ? 'slow-77.yaml' : `d-${i}.yaml`));
    const checkHere = async (): Promise<never> => {
      throw new Error('broken here');
    };
    await expect(validateOnWorkers({ ...request(jobs(names)), checkHere }, 2, join(FIXTURES, 'dies-on-marked.mjs'))).rejects.toThrow('broken here');
  });

  it.each([
    ['a thread’s result', (file: string) => file.endsWith('d-130.yaml')],
    ['a draft checked on the main thread', (file: string) => file.includes('slow')],
  ])('a failure on the main thread while taking in %s stops the run, rather than leaving it waiting', async (_what, bad) => {
    const names = Array.from({ length: 200 }, (_, i) => (i === 77 ? 'slow-77.yaml' : `d-${i}.yaml`));
    const checkHere = async (list: Job[]) => ({
      results: list.map((j) => ({ file: j.display, findings: [], errorCount: 0, warningCount: 0, fixableCount: 0 })),
      stamps: list.map(() => undefined),
      frames: list.map(() => undefined),
    });
    const onResult = (_at: number, result: { file: string }) => {
      if (bad(result.file)) throw new Error(`no room for ${result.file}`);
    };
    const run = validateOnWorkers({ ...request(jobs(names)), checkHere, onResult }, 2, join(FIXTURES, 'dies-on-marked.mjs'));
    await expect(run).rejects.toThrow(/no room for drafts\/(d-130|slow-77)\.yaml/);
  });

  it('a chunk that cannot be sent to a thread stops the run, and the threads already started end with it', () => {
    // In a process of its own, to see it end: a thread left running would keep it alive. (Built code:
    // dist/ is fresh, the tests' setup sees to that.) Job 30 is in the second thread's first chunk.
    const pool = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'core', 'batch', 'worker-pool.js')).href;
    const script = `
      const { validateOnWorkers } = await import(${JSON.stringify(pool)});
      const jobs = Array.from({ length: 200 }, (_, i) => ({ path: '/drafts/d-' + i + '.yaml', display: 'd-' + i + '.yaml', ...(i === 30 ? { later: () => 1 } : {}) }));
      const request = { jobs, config: { root: '/drafts', lang: 'en', rules: {}, municipalities: {} }, lang: 'en', stamps: false };
      await validateOnWorkers(request, 2, ${JSON.stringify(join(FIXTURES, 'dies-on-marked.mjs'))}).then(() => console.log('resolved'), (e) => console.log('rejected', e.name));
    `;
    // A file, not `-e`: a process started with `-e` ends when its script does, threads or not.
    const dir = mkdtempSync(join(tmpdir(), 'pishnevis-pool-'));
    const file = join(dir, 'pool.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe('rejected DataCloneError');
    expect(r.status).toBe(0);
  });

  it('a thread that fails in its own code stops the run', async () => {
    const names = Array.from({ length: 200 }, (_, i) => (i === 120 ? 'throws.yaml' : `d-${i}.yaml`));
    await expect(validateOnWorkers(request(jobs(names)), 2, join(FIXTURES, 'dies-on-marked.mjs'))).rejects.toThrow(WorkerPoolError);
  });

  it('a thread that cannot start stops the run', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `d-${i}.yaml`);
    await expect(validateOnWorkers(request(jobs(names)), 2, join(FIXTURES, 'no-such-worker.mjs'))).rejects.toThrow(/could not start|failed/);
  });
});
