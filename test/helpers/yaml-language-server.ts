import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The YAML language server that VS Code's YAML extension and other editors
 * run, driven over stdio as an editor drives it (Language Server Protocol
 * 3.17: JSON-RPC messages framed by a Content-Length header).
 */
export interface YamlEditor {
  /** Opens a YAML file with the given text; resolves to the diagnostics the server publishes for it. */
  open(file: string, text: string): Promise<EditorDiagnostic[]>;
  /** The hover text at a position (0-based line and character), as plain text. */
  hover(file: string, line: number, character: number): Promise<string>;
  /** The labels the server offers for completion at a position. */
  complete(file: string, line: number, character: number): Promise<string[]>;
  close(): void;
}

export interface EditorDiagnostic {
  line: number;
  message: string;
}

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: { range: { start: { line: number } }; message: string }[]; items?: unknown[] };
  result?: unknown;
  error?: { message: string };
}

const serverBin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');

export async function startYamlEditor(): Promise<YamlEditor> {
  const server: ChildProcessWithoutNullStreams = spawn(process.execPath, [serverBin, '--stdio']);
  const replies = new Map<number, (message: Message) => void>();
  const diagnosticsWaiters = new Map<string, (diagnostics: EditorDiagnostic[]) => void>();
  let nextId = 0;
  let buffer = Buffer.alloc(0);

  const send = (message: Message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      replies.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      send({ id, method, params: params as Message['params'] });
    });

  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.method === 'workspace/configuration' && message.id !== undefined) {
        // No settings beyond the defaults: the schema comes from the file's modeline alone.
        send({ id: message.id, result: (message.params?.items ?? []).map(() => null) });
      } else if (message.method && message.id !== undefined) {
        send({ id: message.id, result: null });
      } else if (message.id !== undefined) {
        replies.get(message.id)?.(message);
      } else if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri) {
        const diagnostics = (message.params.diagnostics ?? []).map((d) => ({ line: d.range.start.line, message: d.message }));
        diagnosticsWaiters.get(message.params.uri)?.(diagnostics);
      }
    }
  });

  await request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] }, completion: { completionItem: { snippetSupport: false } } } },
  });
  send({ method: 'initialized', params: {} });
  // The schema store would fetch a catalogue from the network; an offline editor has none.
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } } as Message['params'] });

  const uri = (file: string) => pathToFileURL(file).href;
  const position = (file: string, line: number, character: number) => ({ textDocument: { uri: uri(file) }, position: { line, character } });
  return {
    open(file, text) {
      const published = new Promise<EditorDiagnostic[]>((resolve) => diagnosticsWaiters.set(uri(file), resolve));
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: uri(file), languageId: 'yaml', version: 1, text } } as Message['params'] });
      return published;
    },
    async hover(file, line, character) {
      const result = (await request('textDocument/hover', position(file, line, character))) as { contents: { value: string } } | null;
      // Markdown escapes in the server's hover text (\. \{) are not part of what the reader sees.
      return (result?.contents.value ?? '').replace(/\\(.)/g, '$1');
    },
    async complete(file, line, character) {
      const result = (await request('textDocument/completion', position(file, line, character))) as { items: { label: string }[] } | { label: string }[];
      return (Array.isArray(result) ? result : result.items).map((item) => item.label);
    },
    close() {
      server.kill();
    },
  };
}
