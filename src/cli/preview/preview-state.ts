// What the preview shows now: the last good documents, the current messages, and the pages listening for news
// (server-sent events), each told of every rebuild.
import type { ServerResponse } from 'node:http';
import type { PreviewBuild } from './preview-kit';

/** What a page is sent: the documents' version (0 before the first good build), whether the last build was good. */
export interface StateMessage {
  version: number;
  ok: boolean;
  messages: string[];
  ms: number;
}

export class PreviewState {
  version = 0;
  pdf?: Buffer;
  docx?: Promise<Buffer>;
  private last: StateMessage = { version: 0, ok: true, messages: [], ms: 0 };
  private readonly listeners = new Set<ServerResponse>();

  /** Takes a rebuild: a good one replaces the documents; a bad one keeps them and brings its messages. */
  publish(build: PreviewBuild): void {
    if (build.ok && build.pdf) {
      this.version++;
      this.pdf = build.pdf;
      this.docx = build.docx;
    }
    this.last = { version: this.version, ok: build.ok, messages: build.messages, ms: build.ms };
    for (const listener of this.listeners) this.send(listener);
  }

  get message(): StateMessage {
    return this.last;
  }

  /** Keeps the response open as an event stream, sends the state now and on every rebuild. */
  listen(response: ServerResponse): void {
    this.listeners.add(response);
    response.on('close', () => this.listeners.delete(response));
    this.send(response);
  }

  private send(response: ServerResponse): void {
    response.write(`data: ${JSON.stringify(this.last)}\n\n`);
  }
}
