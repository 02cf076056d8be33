/**
 * A minimal Language Server Protocol client for yaml-language-server (the server VS Code's YAML
 * extension runs), so the tests see what an editor shows: the diagnostics of a file and the
 * completion at a place in it, with the settings a repository's .vscode/settings.json gives.
 */

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

export interface EditorView {
  /** "line: message", lines counted from 1. */
  diagnostics: string[];
  /** The labels offered at the start of the last line. */
  completion: string[];
}

export function openInEditor(file: string, text: string, root: string, schemas: Record<string, unknown> = {}): Promise<EditorView> {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const yaml = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas };
  const uri = pathToFileURL(file).href;
  const send = (msg: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('yaml-language-server did not answer in 20 s')), 20_000);
    let diagnostics: string[] | undefined;
    let buffer = Buffer.alloc(0);
    const finish = (error?: Error, view?: EditorView): void => {
      clearTimeout(timer);
      server.kill();
      if (error) reject(error);
      else resolve(view!);
    };
    server.on('error', (e) => finish(e));
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())![1]);
        if (buffer.length < head + 4 + length) return;
        const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as { id?: number; method?: string; params?: any; result?: any };
        buffer = buffer.subarray(head + 4 + length);
        if (msg.method === 'workspace/configuration') {
          send({ id: msg.id, result: (msg.params.items as Array<{ section?: string }>).map((i) => (i.section === 'yaml' ? yaml : null)) });
        } else if (msg.method && msg.id !== undefined) {
          send({ id: msg.id, result: null });
        } else if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri && diagnostics === undefined) {
          diagnostics = (msg.params.diagnostics as Array<{ range: { start: { line: number } }; message: string }>).map((d) => `${d.range.start.line + 1}: ${d.message}`);
          const line = text.split('\n').length - 1;
          send({ id: 2, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line, character: 0 } } });
        } else if (msg.id === 2) {
          const items = (Array.isArray(msg.result) ? msg.result : msg.result?.items ?? []) as Array<{ label: string }>;
          finish(undefined, { diagnostics: diagnostics!, completion: items.map((i) => i.label) });
        }
      }
    });
    const rootUri = pathToFileURL(root).href;
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: rootUri, name: 'drafts' }] } });
    send({ method: 'initialized', params: {} });
    send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml } } });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  });
}
