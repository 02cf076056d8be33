import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { MIN_BYTES_PER_THREAD, chooseThreads, defaultThreads, estimateBytes, machineLoad, othersIn, ownRunning } from '../../src/core/batch/threads.js';

const MB = 1024 * 1024;

describe('the default number of threads', () => {
  it('is one on a machine whose CPUs are taken, however large the batch', () => {
    // Issue 16: on a busy runner two threads were slower than one.
    expect(chooseThreads(330 * MB, { cores: 2, busy: 1 })).toBe(1);
    expect(chooseThreads(330 * MB, { cores: 2, busy: 14 })).toBe(1);
    expect(chooseThreads(330 * MB, { cores: 8, busy: 7.5 })).toBe(1);
  });

  it('is one for a batch whose bytes do not pay for a thread’s start, on an idle machine', () => {
    expect(chooseThreads(6.5 * MB, { cores: 2, busy: 0 })).toBe(1); // 200 drafts of 33 KB
    expect(chooseThreads(66 * MB, { cores: 2, busy: 0 })).toBe(1); // 2,000: two threads were 9% slower
    expect(chooseThreads(131 * MB, { cores: 2, busy: 0 })).toBe(1); // 4,000: even
    expect(chooseThreads(2 * MIN_BYTES_PER_THREAD - 1, { cores: 2, busy: 0 })).toBe(1);
  });

  it('uses the free CPUs for a large batch, and no more threads than the bytes pay for', () => {
    expect(chooseThreads(330 * MB, { cores: 2, busy: 0 })).toBe(2); // 10,000 drafts: 1.34× faster on two
    expect(chooseThreads(2000 * MB, { cores: 16, busy: 0 })).toBe(8);
    expect(chooseThreads(2000 * MB, { cores: 16, busy: 10 })).toBe(6);
    expect(chooseThreads(330 * MB, { cores: 16, busy: 0 })).toBe(3);
    expect(chooseThreads(3 * MIN_BYTES_PER_THREAD, { cores: 16, busy: 0 })).toBe(3);
  });

  it('reads the machine: its cores, and how many other tasks run now', () => {
    const load = machineLoad();
    expect(load.cores).toBeGreaterThanOrEqual(1);
    expect(load.busy).toBeGreaterThanOrEqual(0);
  });

  it('counts only other tasks as load: this process\'s running threads are taken from the machine\'s', () => {
    // /proc/loadavg: the fourth field is running/total tasks, this process's threads among them.
    expect(othersIn('0.52 0.58 0.59 3/1203 4242\n', 3)).toBe(0);
    expect(othersIn('0.52 0.58 0.59 5/1203 4242\n', 2)).toBe(3);
    expect(othersIn('0.52 0.58 0.59 1/1203 4242\n', 2)).toBe(0);
    expect(othersIn('garbage', 1)).toBeUndefined();
  });

  it('takes the least of a few readings: a task passing at one of them is no load, one at every one is', () => {
    const readings = (list: number[]) => {
      let i = 0;
      return () => list[Math.min(i++, list.length - 1)]!;
    };
    // A kernel worker seen once, on an idle machine.
    expect(machineLoad(readings([1, 0, 0, 0, 0])).busy).toBe(0);
    expect(machineLoad(readings([2, 1, 2, 1, 2])).busy).toBe(1);
    // A build on the same runner, at every reading.
    expect(machineLoad(readings([1, 1, 1, 1, 1, 0])).busy).toBe(1);
    // No more readings once one sees nobody else.
    let asked = 0;
    machineLoad(() => (asked++, 0));
    expect(asked).toBe(1);
  });

  it.runIf(process.platform === 'linux')('knows its own running threads, which are no other task\'s load', async () => {
    // Two threads of this process at work (as V8's compiler and collector threads are, at a batch's start):
    // counted as others, they made a batch of 10,000 drafts take one thread on an idle machine.
    const spin = 'const { parentPort } = require("node:worker_threads"); parentPort.postMessage(0); const end = Date.now() + 1500; while (Date.now() < end);';
    const workers = [new Worker(spin, { eval: true }), new Worker(spin, { eval: true })];
    try {
      await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
      // (The most of a few readings: a spinning thread may be between two time slices at one of them.)
      expect(Math.max(...Array.from({ length: 20 }, ownRunning))).toBeGreaterThanOrEqual(3);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  });

  it('measures bytes, not files: a sample of a large folder, every file of a small one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-threads-'));
    const paths: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const p = join(dir, `${String(i).padStart(4, '0')}.yaml`);
      writeFileSync(p, 'x'.repeat(i % 2 === 0 ? 1000 : 3000));
      paths.push(p);
    }
    expect(estimateBytes(paths.slice(0, 10))).toBe(5 * 1000 + 5 * 3000);
    const estimate = estimateBytes(paths);
    expect(estimate).toBeGreaterThan(0.8 * 2_000_000);
    expect(estimate).toBeLessThan(1.2 * 2_000_000);
    expect(estimateBytes([])).toBe(0);
    // A thousand 2 KB drafts are far from a second thread's worth: one thread, decided from a few files.
    expect(defaultThreads(paths, { cores: 2, busy: 0 })).toBe(1);
  });

  it('looks at the whole sample when the first few files make a batch large enough for a second thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-threads-'));
    const paths: string[] = [];
    // 300 files of 1 MB: 300 MB by the first look, so the full sample and the machine's load decide.
    for (let i = 0; i < 300; i++) {
      const p = join(dir, `${i}.yaml`);
      writeFileSync(p, Buffer.alloc(1024 * 1024, 0x61));
      paths.push(p);
    }
    expect(defaultThreads(paths, { cores: 2, busy: 0 })).toBe(2);
    expect(defaultThreads(paths, { cores: 2, busy: 1 })).toBe(1);
  });
});
