// Starts the `plan` command: the render thread first (for builds of both formats), then the command from its bundle.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadBundle, type CliModule } from './load-bundle';

/**
 * Whether the arguments ask for a build of both formats (the default), read before commander parses them so the
 * render thread can start first. A wrong guess costs only time: the build takes the thread only for both formats.
 */
export function buildsBothFormats(argv: readonly string[]): boolean {
  if (!argv.includes('build')) return false;
  const at = argv.findIndex((arg) => arg === '--format' || arg === '-f' || arg.startsWith('--format=') || /^-f./.test(arg));
  if (at < 0) return true;
  const flag = argv[at]!;
  const value = flag.startsWith('--format=') ? flag.slice('--format='.length) : /^-f./.test(flag) ? flag.slice(2) : (argv[at + 1] ?? '');
  return value.includes('docx') && value.includes('pdf');
}

/**
 * Runs `plan` with the process's arguments and sets the exit code. For a build, the thread that will make the DOCX
 * files and assemble the PDF files starts first, so it is ready by the time the plan is read and laid out.
 */
export async function start(argv: readonly string[]): Promise<void> {
  // On one core a second thread would only add its start-up.
  // Nor in a current folder that was deleted: a thread cannot start there, and run() says what is wrong.
  const worker = buildsBothFormats(argv) && os.availableParallelism() > 1 && currentFolderExists() ? new Worker(path.join(__dirname, 'render-worker.js')) : undefined;
  worker?.unref();
  let cli: CliModule;
  try {
    cli = loadBundle<CliModule>('cli').exports;
  } catch (error) {
    // The command itself could not load (a broken installation): exit code 3, as for any internal error.
    process.stderr.write(`lỗi nội bộ của plan (plan could not start): ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
    void worker?.terminate();
    return;
  }
  if (worker) cli.useRenderWorker(worker);
  process.exitCode = await cli.run(argv);
}

function currentFolderExists(): boolean {
  try {
    process.cwd();
    return true;
  } catch {
    return false;
  }
}
