// What `plan preview` (its own bundle, loaded only for that command) gets from the command's bundle: the build, in
// memory, with its messages worded as the terminal words them. Types only, so neither bundle pulls in the other.
import type { Io } from '../io';

/** One rebuild of the plan, in memory. */
export interface PreviewBuild {
  /** Whether the plan built (warnings may come with it). */
  ok: boolean;
  pdf?: Buffer;
  /** The DOCX, made after the PDF so the page updates first. */
  docx?: Promise<Buffer>;
  /** Each diagnostic (error or warning), or what else went wrong, as the terminal prints it, in the chosen language. */
  messages: string[];
  ms: number;
}

export interface PreviewOptions {
  port: string;
  open?: boolean;
  template?: string;
  out?: string;
}

export interface PreviewKit {
  /** The plan file and the template folder, absolute: the files watched. */
  planFile: string;
  templateDir: string;
  /** The outputs' name (the plan file's name without extension), for the downloads. */
  name: string;
  build(): Promise<PreviewBuild>;
}

/** What the preview bundle exports. */
export interface PreviewModule {
  previewCommand(kit: PreviewKit, options: PreviewOptions, io: Io, signal?: AbortSignal): Promise<void>;
}
