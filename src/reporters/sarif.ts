import { pathToFileURL } from 'node:url';
import type { Finding, Lang } from '../core/engine/types.js';
import type { Reporter } from './types.js';

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning, Azure DevOps and editors' SARIF viewers read.
 * One run; the driver lists a reportingDescriptor for each rule that has a result, in order of first
 * use, and each result points at its descriptor by ruleIndex. Paths are relative URIs against
 * %SRCROOT% (the folder `draft validate` ran in), percent-encoded per segment; columns are UTF-16
 * code units, as the run's columnKind says.
 */

const INFORMATION_URI = 'https://pishnevis.ir/';
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A display path (relative to cwd, or absolute when outside it) as a SARIF artifactLocation. */
export function artifactLocation(file: string): ArtifactLocation {
  const path = file.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]:)\/(.*)$/.exec(path);
  if (drive) return { uri: `file:///${drive[1]}/${encode(drive[2]!)}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path), uriBaseId: SRCROOT };
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

function region(line: number, column: number, endLine?: number, endColumn?: number): Region {
  // SARIF lines and columns start at 1; a finding without a position points at the file's start.
  if (!(line >= 1)) return { startLine: 1 };
  const r: Region = { startLine: line };
  if (column >= 1) r.startColumn = column;
  // An end before the start is dropped rather than written as a region consumers would reject.
  const last = endLine ?? line;
  if (last < line) return r;
  if (endLine !== undefined) r.endLine = endLine;
  if (endColumn !== undefined && endColumn >= 1 && (last > line || endColumn >= (r.startColumn ?? 1))) r.endColumn = endColumn;
  return r;
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  const location = artifactLocation(f.file);
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f.line, f.column, f.endLine, f.endColumn) } }],
  };
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: artifactLocation(r.file), region: region(r.line, r.column) },
      message: { text: r.message },
    }));
  }
  if (f.fix) {
    const [start, end] = f.fix.range;
    out.fixes = [{
      artifactChanges: [{
        artifactLocation: location,
        // Offsets are UTF-16 code units into the decoded text without a BOM, as Fix.range is.
        replacements: [{ deletedRegion: { charOffset: start, charLength: Math.max(0, end - start) }, insertedContent: { text: f.fix.text } }],
      }],
    }];
  }
  return out;
}

export const sarif: Reporter = (results, { lang, version, cwd, ruleMeta }) => {
  const other: Lang = lang === 'fa' ? 'en' : 'fa';
  const index = new Map<string, number>();
  const descriptors: Array<Record<string, unknown>> = [];
  const out: Array<Record<string, unknown>> = [];
  for (const file of results) {
    for (const f of file.findings) {
      let i = index.get(f.ruleId);
      if (i === undefined) {
        i = descriptors.length;
        index.set(f.ruleId, i);
        const d = ruleMeta?.(f.ruleId);
        descriptors.push({
          id: f.ruleId,
          shortDescription: { text: d ? d.description[lang] : f.ruleId },
          ...(d ? { fullDescription: { text: `${d.description[lang]}\n${d.description[other]}` } } : {}),
          defaultConfiguration: { level: d?.severity ?? f.severity },
        });
      }
      out.push(result(f, i));
    }
  }
  const run: Record<string, unknown> = {
    tool: { driver: { name: 'pishnevis', version, semanticVersion: version, informationUri: INFORMATION_URI, rules: descriptors } },
    ...(/^([A-Za-z]:)?[\\/]/.test(cwd) ? { originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } } } : {}),
    columnKind: 'utf16CodeUnits',
    results: out,
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2) + '\n';
};
