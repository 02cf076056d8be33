import { closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, draft, ROOT } from '../helpers/cli.js';
import { draftIn, tempDir } from '../helpers/run.js';

/*
 * The CLI through its entry (src/cli.ts `run`), in this process: what a user sees for each command
 * line. The tests that need a real process — --help and --version, colour on a terminal's
 * environment, PATH without git, worker threads (which run the built worker) — spawn bin/draft.js.
 */

const VALID = join(ROOT, 'examples', 'valid');
const QOM = join(VALID, 'qom-social-security.yaml');
const drafts = (dir: string): number => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).length;
const VALID_COUNT = drafts('examples/valid');
const INVALID_COUNT = drafts('examples/invalid');
/** Runs `draft` in-process from the repository's root unless `cwd` says otherwise. */
const run = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => draftIn(args, { cwd: ROOT, ...opts });

function repo(): string {
  const dir = tempDir('pishnevis-cli-');
  cpSync(VALID, join(dir, 'drafts'), { recursive: true });
  return dir;
}

/** repo(), as a git repository with its drafts committed. */
function committedRepo(): string {
  const dir = repo();
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'drafts']]) execFileSync('git', args, { cwd: dir, encoding: 'utf8', env });
  return dir;
}

describe('draft (the shell)', () => {
  it('--help lists the commands, --version prints the version; both exit 0', () => {
    const help = draft(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate/);
    expect(help.stdout).toMatch(/status/);
    const version = draft(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('an unknown command or option is a usage error: exit 2', () => {
    expect(draft(['frobnicate']).code).toBe(2);
    expect(draft(['validate', '--no-such-flag']).code).toBe(2);
  });

  it('a usage error raised inside a command (a path with no drafts) is said in words, exit 2, without a stack trace', () => {
    const r = draft(['validate', 'no-such-folder', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No drafts found at: no-such-folder');
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const fa = draft(['validate', 'no-such-folder', '--lang', 'fa']);
    expect(fa.code).toBe(2);
    expect(fa.stderr).toContain('این مسیرها پیدا نشدند');
  });

  /** A folder whose report is far larger than a pipe's buffer (64 KB). */
  function manyFindings(): string {
    const dir = tempDir('pishnevis-pipe-');
    const source = readFileSync(join(ROOT, 'examples', 'invalid', 'arabic-letters.yaml'));
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `d-${i}.yaml`), source);
    return dir;
  }

  it('a reader that stops early (`draft validate | head`) ends the output without a stack trace, keeping the exit code', () => {
    // The reader is gone while the report is still being written.
    const dir = manyFindings();
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" validate . --lang en | head -c 200; echo " exit \${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/d-\d+\.yaml/);
    expect(r.stdout.trim().endsWith('exit 1')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('a report that cannot be written (a full disk) is said on stderr with exit code 2, not lost in silence', () => {
    const file = join(ROOT, 'examples', 'invalid', 'arabic-digits.yaml');
    const base: NodeJS.ProcessEnv = { ...process.env };
    delete base.FORCE_COLOR;
    // With and without the colour check, which makes Node's stream for a character device such as /dev/full.
    for (const env of [{ NO_COLOR: '1' }, { NO_COLOR: '' }]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, 'validate', file, '--lang', 'en'], { encoding: 'utf8', env: { ...base, ...env }, stdio: ['ignore', full, 'pipe'] });
        expect(r.status, JSON.stringify(env)).toBe(2);
        expect(r.stderr).toContain('Could not write to standard output (ENOSPC)');
        expect(r.stderr).not.toMatch(/^\s+at /m);
      } finally {
        closeSync(full);
      }
    }
    const fa = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'validate', file, '--lang', 'fa'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fa, 'pipe'] });
      expect(r.stderr).toContain('نوشتن در خروجی استاندارد ممکن نشد');
    } finally {
      closeSync(fa);
    }
  });

  it('the whole report reaches a non-blocking pipe that is read slowly (as a parent process\'s own stdout can be)', () => {
    const dir = manyFindings();
    const expected = spawnSync(process.execPath, [BIN, 'validate', '.', '--lang', 'en'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(expected.stdout.length).toBeGreaterThan(128 * 1024);
    // The pipe is made non-blocking, and its reader waits before reading: writes meet a full pipe.
    const reader = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      'out = b""',
      'while True:',
      '    b = os.read(r, 65536)',
      '    if not b: break',
      '    out += b',
      'sys.stdout.buffer.write(out)',
      'sys.stderr.write("exit %d" % p.wait())',
    ].join('\n');
    const r = spawnSync('python3', ['-c', reader, process.execPath, BIN, 'validate', '.', '--lang', 'en'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe(`exit ${expected.status}`);
    expect(r.stdout).toBe(expected.stdout);
  });
});

describe('draft validate', () => {
  it('exit 0 and a clean summary for valid drafts', async () => {
    const r = await run(['validate', VALID, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${VALID_COUNT} drafts checked, no problems found`);
  });

  it('exit 1 with file, line, column, message and rule for a draft with errors', async () => {
    const r = await run(['validate', 'examples/invalid/cross-references.yaml', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/invalid/cross-references.yaml');
    expect(r.stdout).toMatch(/130:27\s+error\s+«ماده ۱۲»: article 12 does not exist.*cross-references/);
    expect(r.stdout).toMatch(/> 130 \|/);
  });

  it('speaks Persian with --lang fa, with Persian digits in the summary', async () => {
    const r = await run(['validate', 'examples/invalid/cross-references.yaml', '--lang', 'fa']);
    expect(r.stdout).toMatch(/ماده ۱۲ وجود ندارد/);
    expect(r.stdout).toMatch(/✖ ۱ مورد/);
  });

  it('takes its language from LANG when nothing else says', async () => {
    expect((await run(['validate', 'examples/invalid/cross-references.yaml'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toMatch(/does not exist/);
    expect((await run(['validate', 'examples/invalid/cross-references.yaml'], { env: { LANG: 'fa_IR.UTF-8' } })).stdout).toMatch(/وجود ندارد/);
  });

  it('warnings alone exit 0, unless --max-warnings is exceeded', async () => {
    expect((await run(['validate', 'examples/invalid/zwnj.yaml'])).code).toBe(0);
    expect((await run(['validate', 'examples/invalid/zwnj.yaml', '--max-warnings', '0'])).code).toBe(1);
    expect((await run(['validate', 'examples/invalid/zwnj.yaml', '--max-warnings', 'x'])).code).toBe(2);
  });

  it('--quiet hides the warnings and says so: never "no problems found" over hidden warnings', async () => {
    const warningsOnly = ['validate', 'examples/invalid/zwnj.yaml', 'examples/invalid/rlm-half-space.yaml', '--quiet'];
    const fa = await run([...warningsOnly, '--lang', 'fa']);
    expect(fa.code).toBe(0);
    expect(fa.stdout.trim()).toBe('✔ ۲ پیش‌نویس بررسی شد؛ خطایی پیدا نشد؛ ۲ هشدار نشان داده نشد (بی --quiet دیده می‌شود).');
    expect(fa.stdout).not.toContain('ایرادی پیدا نشد');
    const en = await run([...warningsOnly, '--lang', 'en']);
    expect(en.stdout.trim()).toBe('✔ 2 drafts checked, no errors found; 2 warnings not shown (run without --quiet to see them).');
    // With an error, the error is counted as one and the warnings as not shown (not as "0 warnings").
    const mixed = await run(['validate', 'examples/invalid/zwnj.yaml', 'examples/invalid/arabic-digits.yaml', '-q', '--lang', 'fa']);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toContain('✖ ۱ خطا در ۱ از ۲ پیش‌نویس؛ ۱ هشدار نشان داده نشد (بی --quiet دیده می‌شود)');
    expect(mixed.stdout).not.toContain('zwnj.yaml');
    // Nothing hidden, nothing said about hiding.
    expect((await run(['validate', VALID, '-q', '--lang', 'en'])).stdout.trim()).toBe(`✔ ${VALID_COUNT} drafts checked, no problems found.`);
  });

  it('colours only when asked: NO_COLOR wins over a terminal, FORCE_COLOR colours a pipe', () => {
    expect(draft(['validate', 'examples/invalid/zwnj.yaml']).stdout).not.toMatch(/\u001b\[/);
    expect(draft(['validate', 'examples/invalid/zwnj.yaml'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  it('json, and several formats at once with files written atomically', async () => {
    const dir = tempDir('pishnevis-fmt-');
    const r = await run(['validate', 'examples/invalid', '--format', 'json', '--format', `junit=${join(dir, 'reports', 'drafts.xml')}`, '--format', `sarif=${join(dir, 'drafts.sarif')}`]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Array<{ file: string; errorCount: number; warningCount: number; findings: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(json.length).toBe(INVALID_COUNT);
    expect(json.find((x) => x.file.endsWith('jalali-date.yaml'))?.findings[0]).toMatchObject({ ruleId: 'jalali-date', line: 163, column: 18 });
    expect(readFileSync(join(dir, 'reports', 'drafts.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(JSON.parse(readFileSync(join(dir, 'drafts.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('chooses GitHub annotations when GITHUB_ACTIONS is set', async () => {
    const r = await run(['validate', 'examples/invalid/jalali-date.yaml', '--lang', 'en'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stdout).toMatch(/^::error file=examples\/invalid\/jalali-date\.yaml,line=163,col=18/m);
  });

  it('usage mistakes exit 2 with a message in both languages and no stack trace', async () => {
    for (const args of [['validate', 'no/such/dir'], ['validate', VALID, '--format', 'xml'], ['validate', VALID, '--shard', '3/2']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/[\u0600-\u06FF]/);
      expect(r.stderr).toMatch(/[a-z]{3}/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('finds draft.config.yaml by walking up, and a broken one is exit 2 with its position', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'draft.config.yaml'), 'lang: en\nrules:\n  zwnj: off\n');
    cpSync(join(ROOT, 'examples', 'invalid', 'zwnj.yaml'), join(dir, 'drafts', 'zwnj.yaml'));
    mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
    const clean = await run(['validate', join(dir, 'drafts'), '--max-warnings', '0'], { cwd: join(dir, 'deep', 'er') });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${VALID_COUNT + 1} drafts checked`);
    writeFileSync(join(dir, 'draft.config.yaml'), 'lang: en\nrules:\n  zwnj: sometimes\n');
    const broken = await run(['validate', join(dir, 'drafts')], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/draft\.config\.yaml:3:\d+/);
  });
});

describe('draft validate on a repository', () => {
  it('reports a repeated id and title at both places', async () => {
    const dir = repo();
    cpSync(QOM, join(dir, 'drafts', 'copy.yaml'));
    const r = await run(['validate', 'drafts', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; line: number; related?: Array<{ file: string }> }> }>;
    const copy = json.find((x) => x.file === 'drafts/copy.yaml')!;
    const orig = json.find((x) => x.file === 'drafts/qom-social-security.yaml')!;
    for (const [a, b] of [[copy, orig], [orig, copy]] as const) {
      expect(a.findings.map((f) => f.ruleId).sort()).toEqual(['unique-id', 'unique-title']);
      expect(a.findings.find((f) => f.ruleId === 'unique-id')!.related![0]!.file).toBe(b.file);
    }
  });

  it('.draftignore leaves files out', async () => {
    const dir = repo();
    writeFileSync(join(dir, '.draftignore'), 'drafts/mashhad-*.yaml\n');
    const r = await run(['validate', 'drafts', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(VALID_COUNT - readdirSync(VALID).filter((f) => f.startsWith('mashhad-')).length);
  });

  it('--shard i/n covers every draft exactly once', async () => {
    const dir = repo();
    for (let i = 0; i < 20; i++) cpSync(QOM, join(dir, 'drafts', `q${i}.yaml`));
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await run(['validate', 'drafts', '--format', 'json', '--shard', `${i}/3`], { cwd: dir });
      seen.push(...(JSON.parse(r.stdout) as Array<{ file: string }>).map((x) => x.file));
    }
    expect(seen.length).toBe(VALID_COUNT + 20);
    expect(new Set(seen).size).toBe(VALID_COUNT + 20);
  });

  it('--changed-since validates changed drafts only, but still against all of them', async () => {
    const dir = committedRepo();
    // A new draft that clashes with a committed one, which is not re-validated itself.
    const text = readFileSync(QOM, 'utf8').replace(/^title: .*$/m, 'title: عنوانی دیگر برای یک پیش‌نویس آزمایشی');
    writeFileSync(join(dir, 'drafts', 'new.yaml'), text);
    const r = await run(['validate', 'drafts', '--format', 'json', '--changed-since', 'HEAD'], { cwd: dir });
    const json = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; related?: Array<{ file: string }> }> }>;
    expect(json.map((x) => x.file)).toEqual(['drafts/new.yaml']);
    expect(json[0]!.findings.map((f) => f.ruleId)).toEqual(['unique-id']);
    expect(json[0]!.findings[0]!.related![0]!.file).toBe('drafts/qom-social-security.yaml');
    expect((await run(['validate', 'drafts', '--changed-since', 'no-such-ref'], { cwd: dir })).code).toBe(2);
  });

  it('--changed-since run from a subfolder still sees new drafts elsewhere in the repository (found in review)', async () => {
    const dir = committedRepo();
    mkdirSync(join(dir, 'other'));
    const text = readFileSync(QOM, 'utf8').replace(/^id: .*$/m, 'id: qom-another-draft').replace(/^title: .*$/m, 'title: عنوانی دیگر برای یک پیش‌نویس آزمایشی');
    writeFileSync(join(dir, 'other', 'new.yaml'), text);
    const r = await run(['validate', '..', '--format', 'json', '--changed-since', 'HEAD'], { cwd: join(dir, 'drafts') });
    // A file outside the working folder is shown by its full path.
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((x) => x.file)).toEqual([join(dir, 'other', 'new.yaml')]);
  });

  it('--changed-since without git says git is missing, in the run\'s language, with exit code 2', () => {
    const r = draft(['validate', 'drafts', '--changed-since', 'HEAD'], { cwd: repo(), env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git پیدا نشد');
    expect(r.stderr).not.toContain('git was not found');
    const en = draft(['validate', 'drafts', '--changed-since', 'HEAD', '--lang', 'en'], { cwd: repo(), env: { PATH: '/nonexistent' } });
    expect(en.stderr).toContain('git was not found');
  });

  it('--cache gives the same findings from the cache, and notices a changed file', async () => {
    const dir = repo();
    cpSync(join(ROOT, 'examples', 'invalid', 'jalali-date.yaml'), join(dir, 'drafts', 'bad.yaml'));
    const first = await run(['validate', 'drafts', '--cache', '--format', 'json'], { cwd: dir });
    const cache = readFileSync(join(dir, '.draftcache'), 'utf8');
    expect(cache.length).toBeGreaterThan(0);
    const second = await run(['validate', 'drafts', '--cache', '--format', 'json'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(1);
    writeFileSync(join(dir, 'drafts', 'bad.yaml'), readFileSync(join(dir, 'drafts', 'bad.yaml'), 'utf8').replace('effectiveDate: 1405/12/30', 'effectiveDate: 1405/12/29'));
    const third = await run(['validate', 'drafts', '--cache', '--lang', 'en'], { cwd: dir });
    expect(third.stdout).toContain(`${VALID_COUNT + 1} drafts checked, no problems found`);
    expect(third.code).toBe(0);
  });

  it('large batches run on worker threads with the same results as one thread', () => {
    const dir = repo();
    for (let i = 0; i < 160; i++) cpSync(join(ROOT, 'examples', 'invalid', i % 2 ? 'zwnj.yaml' : 'jalali-date.yaml'), join(dir, 'drafts', `d${String(i).padStart(3, '0')}.yaml`));
    const one = draft(['validate', 'drafts', '--format', 'json', '--threads', '1', '--lang', 'en'], { cwd: dir });
    const many = draft(['validate', 'drafts', '--format', 'json', '--threads', '2', '--lang', 'en'], { cwd: dir });
    expect(many.stdout).toBe(one.stdout);
    expect((JSON.parse(many.stdout) as unknown[]).length).toBe(160 + VALID_COUNT);
  });

  it('on worker threads, drafts outside the fast reader (broken YAML, flow style) are checked by the main thread, as one thread checks them, and cached; CR and CRLF line ends are read on the threads, alike', () => {
    const dir = repo();
    const zwnj = readFileSync(join(ROOT, 'examples', 'invalid', 'zwnj.yaml'), 'utf8');
    const broken = readFileSync(join(ROOT, 'examples', 'invalid', 'yaml-syntax.yaml'), 'utf8');
    // Flow style: valid YAML the fast reader leaves to js-yaml, and to yaml for the findings' places.
    const flow = zwnj.replace(/^legalBasis:\n(?: {2}- .*\n(?: {4}.*\n)*)+/m, 'legalBasis: [{law: قانون شهرداری, article: ماده ۵۵}]\n');
    expect(flow).not.toBe(zwnj);
    for (let i = 0; i < 170; i++) {
      const text = i % 17 === 3 ? broken : i % 17 === 9 ? flow : i % 17 === 12 ? zwnj.replace(/\n/g, '\r') : i % 17 === 14 ? zwnj.replace(/\n/g, '\r\n') : zwnj;
      writeFileSync(join(dir, 'drafts', `d${String(i).padStart(3, '0')}.yaml`), text);
    }
    const one = draft(['validate', 'drafts', '--format', 'json', '--threads', '1', '--lang', 'en'], { cwd: dir });
    const many = draft(['validate', 'drafts', '--format', 'json', '--threads', '2', '--lang', 'en'], { cwd: dir });
    expect(many.stdout).toBe(one.stdout);
    const results = JSON.parse(many.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; line: number; column: number }> }>;
    const syntax = results.filter((r) => r.findings.some((f) => f.ruleId === 'yaml-syntax'));
    expect(syntax).toHaveLength(10);
    const fromFlow = results.find((r) => r.file.endsWith('d009.yaml'))!;
    expect(fromFlow.findings.some((f) => f.ruleId === 'zwnj')).toBe(true);
    // A CR-only and a CRLF copy: the LF draft's findings, at the same places.
    const at = (name: string) => JSON.stringify(results.find((r) => r.file.endsWith(name))!.findings.map((f) => [f.ruleId, f.line, f.column]));
    expect(at('d012.yaml')).toBe(at('d000.yaml'));
    expect(at('d014.yaml')).toBe(at('d000.yaml'));
    // Cached from the threads' run, the same results again; stylish (code frames) too.
    const first = draft(['validate', 'drafts', '--threads', '2', '--cache', '--lang', 'en'], { cwd: dir });
    // Every draft is in the cache, those the main thread checked too (the cache's first section names them).
    const cached = JSON.parse(readFileSync(join(dir, '.draftcache'), 'utf8').split('\n')[1]!) as string[];
    expect(cached.filter((p) => p.startsWith('drafts/d')).sort()).toEqual(Array.from({ length: 170 }, (_, i) => `drafts/d${String(i).padStart(3, '0')}.yaml`));
    const again = draft(['validate', 'drafts', '--threads', '2', '--cache', '--lang', 'en'], { cwd: dir });
    const plain = draft(['validate', 'drafts', '--threads', '1', '--lang', 'en'], { cwd: dir });
    expect(first.stdout).toBe(plain.stdout);
    expect(again.stdout).toBe(plain.stdout);
  });
});

describe('draft status', () => {
  it('lists what is not ready first, counts days to the deadline, and exits 1 until all are ready', async () => {
    const r = await run(['status', 'examples', '--deadline', '1405/12/15', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { total: number; done: number; drafts: Array<{ done: boolean }>; deadline: string; daysLeft: number };
    expect(report.total).toBe(VALID_COUNT + INVALID_COUNT);
    expect(report.drafts[0]!.done).toBe(false);
    expect(report.drafts[report.drafts.length - 1]!.done).toBe(true);
    expect(report.deadline).toBe('1405/12/15');
    expect(typeof report.daysLeft).toBe('number');
    const ok = await run(['status', 'examples/valid', '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${VALID_COUNT} of ${VALID_COUNT} drafts are ready and valid`);
  });

  it('csv opens in a spreadsheet: BOM, a header, one row per draft', async () => {
    const r = await run(['status', 'examples/valid', '--format', 'csv']);
    const lines = r.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('\uFEFFfile,id,kind')).toBe(true);
    expect(lines.length).toBe(VALID_COUNT + 1);
  });

  it('a deadline that is not a date is a usage error', async () => {
    expect((await run(['status', 'examples/valid', '--deadline', '1405/13/01'])).code).toBe(2);
  });
});
