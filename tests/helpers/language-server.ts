// Drives the real yaml-language-server over stdio as an editor does: LSP JSON-RPC with Content-Length framing.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const serverBin = path.join(__dirname, '..', '..', 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/** The settings VS Code's YAML extension sends (its defaults, with validation, hover and completion on). */
const yamlSettings = {
  yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {} },
  http: { proxy: '', proxyStrictSSL: false },
  editor: { tabSize: 2 },
};

export class LanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnosticWaiters = new Map<string, (diagnostics: Diagnostic[]) => void>();
  private stderr = '';

  constructor(private readonly timeoutMs: number) {
    this.child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  /** initialize with the capabilities an editor announces, then initialized. */
  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'plans' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: true },
          publishDiagnostics: { relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: {},
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: yamlSettings });
  }

  /**
   * Opens a document and waits for the diagnostics the server publishes for it. Each document is opened once (a
   * new name per case), so the first diagnostics published for it are those of this text.
   */
  async open(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    if (this.diagnosticWaiters.has(uri)) throw new Error(`${file} is already open`);
    const published = new Promise<Diagnostic[]>((resolve) => this.diagnosticWaiters.set(uri, resolve));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return this.within(published, `diagnostics for ${path.basename(file)}`);
  }

  completion(file: string, line: number, character: number): Promise<unknown> {
    return this.request('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } });
  }

  hover(file: string, line: number, character: number): Promise<unknown> {
    return this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } });
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      this.child.kill();
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const answered = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.within(answered, method);
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Fails clearly when the server does not answer in time, instead of letting jest's timeout speak. */
  private within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`yaml-language-server gave no ${what} within ${this.timeoutMs} ms; its stderr:\n${this.stderr}`)),
        this.timeoutMs,
      );
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    } else if (message.method === 'workspace/configuration') {
      // The server asks for sections ("yaml", "http", "[yaml]", "editor"): answer each from the settings.
      const items = (message.params as { items: Array<{ section?: string }> }).items;
      const settings = yamlSettings as Record<string, unknown>;
      this.send({ jsonrpc: '2.0', id: message.id, result: items.map((item) => settings[item.section ?? ''] ?? null) });
    } else if (message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: null }); // client/registerCapability and the like
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnosticWaiters.get(uri)?.(diagnostics);
    }
  }
}
