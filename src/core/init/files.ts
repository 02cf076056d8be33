/**
 * What `draft init` writes, as text: pure functions of the answers, so the tests read exactly what a
 * user gets. The CI files pin the pishnevis version that wrote them (`draft init --update` moves the
 * pin), so a commit is checked in CI by the same rules as on the machine it came from.
 */

import { yamlScalar } from '../scaffold/yaml-scalar.js';
import { REPOSITORY_SCHEMAS_DIR } from '../scaffold/modeline.js';
import type { Lang } from '../engine/types.js';

export interface InitAnswers {
  lang: Lang;
  province?: string;
  city?: string;
  authorName?: string;
  authorPosition?: string;
  /** Relative to the repository root, forward slashes. */
  draftsDir: string;
}

export interface RuleSummary {
  id: string;
  severity: string;
  description: string;
}

/** How CI gets pishnevis: the repository's own package.json (npm ci) or an install pinned to a version. */
export type InstallMode = { kind: 'lockfile' } | { kind: 'pinned'; version: string };

/** The marker CI files carry: `draft init --update` and `draft doctor` recognise the pin by it. */
export const PIN_MARKER = 'pishnevis@';
/** Written by draft init; draft doctor and draft init --update look for it. */
export const GENERATED_BY = 'draft init';

/** The node version CI runs: the oldest this package supports is 20; 22 is the current LTS line. */
export const CI_NODE_VERSION = '22';

/** Reports the CI files write: fixed names, also listed in .gitignore. */
export const SARIF_FILE = 'draft-results.sarif';
export const JUNIT_FILE = 'draft-results.junit.xml';
export const PACKAGES_DIR = 'packages';

const q = (s: string): string => yamlScalar(s);

export function configFile(a: InitAnswers, rules: readonly RuleSummary[]): string {
  const lines = [
    `# yaml-language-server: $schema=${REPOSITORY_SCHEMAS_DIR}/config.schema.json`,
    '# پیکربندی مخزن پیش‌نویس‌ها (pishnevis). راهنمای هر کلید در ویرایشگر با نگه‌داشتن نشانگر روی آن دیده می‌شود.',
    '# Configuration of this drafts repository (pishnevis); hover a key in the editor for its description.',
    '',
    '# زبان پیام‌ها: fa یا en / language of messages',
    `lang: ${a.lang}`,
    '',
    '# پوشه پیش‌نویس‌ها / where the drafts are',
    `draftsDir: ${q(a.draftsDir)}`,
    '',
  ];
  const municipality = [
    ...(a.province ? [`    province: ${q(a.province)}`] : []),
    ...(a.city ? [`    city: ${q(a.city)}`] : []),
  ];
  const author = [
    ...(a.authorName ? [`    name: ${q(a.authorName)}`] : []),
    ...(a.authorPosition ? [`    position: ${q(a.authorPosition)}`] : []),
  ];
  lines.push('# پیش‌فرض‌های «draft new» / what draft new fills in');
  if (municipality.length + author.length > 0) {
    lines.push('defaults:');
    if (municipality.length > 0) lines.push('  municipality:', ...municipality, '    # code: "…"  # کد شهرداری');
    if (author.length > 0) lines.push('  author:', ...author, '    # email: …', '    # phone: "…"');
  } else {
    lines.push('# defaults:', '#   municipality:', '#     province: قم', '#     city: قم', '#   author:', '#     name: …', '#     position: …');
  }
  lines.push(
    '',
    '# مهلت ارسال به وزارت کشور (برای draft status) / the ministry deadline, Jalali',
    '# deadline: "1405/12/15"',
    '',
    '# پوشه الگوهای اختصاصی draft new / the repository\'s own templates for draft new',
    '# templatesDir: templates',
    '',
    '# شهرهایی افزون بر مراکز استان‌ها / cities accepted besides the provincial capitals',
    '# municipalities:',
    `#   ${a.province ?? 'قم'}:`,
    '#     - …',
    '',
    '# سطح قاعده‌ها: off (خاموش)، warn (هشدار)، error (خطا) / rule severities; the defaults:',
    '# rules:',
    ...rules.map((r) => `#   ${`${r.id}: ${r.severity === 'warning' ? 'warn' : r.severity}`.padEnd(28)}# ${r.description}`),
    '',
  );
  return lines.join('\n');
}

export function draftsReadme(a: InitAnswers): string {
  const dir = a.draftsDir;
  return `# پیش‌نویس‌ها

هر پیش‌نویس (دستورالعمل یا پیش‌نویس بخشنامه) یک فایل YAML در همین پوشه است.

## آغاز یک پیش‌نویس

\`\`\`sh
draft new
\`\`\`

پرسش‌ها به فارسی است (نوع سند، عنوان، دسته موضوعی، …) و فایل در \`${dir}/<شناسه>.yaml\` نوشته می‌شود.
استان، شهر و تهیه‌کننده از \`draft.config.yaml\` پر می‌شوند.
VS Code با افزونه YAML (پیشنهاد خودکار هنگام باز کردن مخزن) تکمیل خودکار و راهنمای فارسی را نشان می‌دهد و خطاها را زیر همان سطر خط می‌کشد.

## بررسی و ارسال

- بررسی همه پیش‌نویس‌ها: \`draft validate\`
- پیش‌نمایش: \`draft render ${dir}/<شناسه>.yaml\`
- وضعیت پیش از مهلت: \`draft status\`
- وقتی کار تمام شد \`status: ready\` بگذارید و بسته ارسالی را بسازید: \`draft package ${dir}/<شناسه>.yaml\`

هر commit پیش‌نویس‌های staged را بررسی می‌کند و با خطا متوقف می‌شود؛ هر push و merge request هم در CI بررسی می‌شود.

---

Drafts live here, one YAML file each. Start one with \`draft new\`, check with \`draft validate\`,
set \`status: ready\` and build the submission with \`draft package\`.
`;
}

export function gitignore(): string {
  return `# pishnevis: what is rebuilt from the drafts, never committed
node_modules/
.draftcache
# previews (draft render) and submission packages (draft package) written at the top; not deeper,
# where a draft's attachments (which may be .html or .zip) live
/*.html
/*.zip
/${PACKAGES_DIR}/
# reports written by CI
/${SARIF_FILE}
/${JUNIT_FILE}
/draft-status.json
`;
}

export function draftignore(): string {
  return `# فایل‌هایی که draft validate و draft status نمی‌بینند (نحو .gitignore).
# Files draft validate and draft status pass over (.gitignore syntax), e.g. an archive of old drafts:
# archive/
# *.old.yaml
`;
}

function installStep(mode: InstallMode): string {
  return mode.kind === 'lockfile'
    ? 'npm ci --no-fund --no-audit'
    : `npm install --no-save --no-package-lock --no-fund --no-audit ${PIN_MARKER}${mode.version}`;
}

/**
 * The shell that packages every draft `draft status` calls done (status: ready and no errors). A
 * draft that is not ready is not an error here: validation already reported it.
 */
function packageScript(indent: string): string {
  return [
    `mkdir -p ${PACKAGES_DIR}`,
    'npx --no-install draft status --format json > draft-status.json || true',
    `node -e 'for (const d of JSON.parse(require("fs").readFileSync("draft-status.json", "utf8")).drafts ?? []) if (d.done) console.log(d.file)' |`,
    `  while IFS= read -r file; do npx --no-install draft package "$file" -o ${PACKAGES_DIR}/ --force; done`,
  ].map((l) => indent + l).join('\n');
}

const VALIDATE = 'npx --no-install draft validate';

export function githubWorkflow(mode: InstallMode): string {
  return `# Checks the drafts on every push and pull request, and packages the ready ones.
# Written by ${GENERATED_BY}; \`draft init --update\` moves the pishnevis version to the one you run.
name: drafts

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  drafts:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # upload-sarif
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${CI_NODE_VERSION}
      - name: Install pishnevis
        run: ${installStep(mode)}
      - name: Validate the drafts
        # github: an annotation on the line of each finding; sarif and junit: files for the steps below.
        run: ${VALIDATE} --format github --format sarif=${SARIF_FILE} --format junit=${JUNIT_FILE}
      - name: Upload the findings to code scanning
        # A pull request from a fork has no right to write security events.
        if: \${{ !cancelled() && hashFiles('${SARIF_FILE}') != '' && (github.event_name == 'push' || github.event.pull_request.head.repo.full_name == github.repository) }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: ${SARIF_FILE}
          category: pishnevis
      - name: Keep the JUnit report
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v4
        with:
          name: draft-results-junit
          path: ${JUNIT_FILE}
          if-no-files-found: ignore
      - name: Package the ready drafts
        if: \${{ !cancelled() }}
        run: |
${packageScript('          ')}
      - name: Keep the submission packages
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v4
        with:
          name: submission-packages
          path: ${PACKAGES_DIR}/
          if-no-files-found: ignore
`;
}

export function gitlabCi(mode: InstallMode): string {
  return `# Checks the drafts on every push and merge request, and packages the ready ones.
# Written by ${GENERATED_BY}; \`draft init --update\` moves the pishnevis version to the one you run.

# One pipeline per change: a merge request's, or else the branch's.
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH

drafts:
  image: node:${CI_NODE_VERSION}
  script:
    - ${installStep(mode)}
    # The ready drafts are packaged even when another draft has errors; the job fails after.
    - status=0; ${VALIDATE} --format stylish --format junit=${JUNIT_FILE} --format sarif=${SARIF_FILE} || status=$?
    - |
${packageScript('      ')}
    - exit $status
  artifacts:
    when: always
    expire_in: 30 days
    # The JUnit report is shown in the merge request and the pipeline's Tests tab.
    reports:
      junit: ${JUNIT_FILE}
    paths:
      - ${JUNIT_FILE}
      - ${SARIF_FILE}
      - ${PACKAGES_DIR}/
`;
}

/** `.vscode/settings.json`: the drafts and the configuration mapped to the repository's copy of the schemas. */
export function vscodeSettings(a: InitAnswers): string {
  const dir = a.draftsDir.replace(/\/+$/, '');
  return `${JSON.stringify({
    'yaml.schemas': {
      [`./${REPOSITORY_SCHEMAS_DIR}/draft.schema.json`]: [`${dir}/**/*.yaml`, `${dir}/**/*.yml`],
      [`./${REPOSITORY_SCHEMAS_DIR}/config.schema.json`]: ['draft.config.yaml'],
    },
    'files.encoding': 'utf8',
  }, null, 2)}\n`;
}

export const YAML_EXTENSION = 'redhat.vscode-yaml';

export function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: [YAML_EXTENSION] }, null, 2)}\n`;
}
