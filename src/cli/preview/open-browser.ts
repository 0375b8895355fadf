// --open: the default browser, as each system opens a URL (xdg-open, open, start); never waited for.
import { spawn } from 'node:child_process';

/** The program and arguments that open `url` in the default browser on `platform`. */
export function browserCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is cmd's own; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Opens the URL; says so when no browser could be started, and the preview goes on. */
export function openBrowser(url: string, failed: () => void): void {
  const [command, args] = browserCommand(process.platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', failed);
    child.unref();
  } catch {
    failed();
  }
}
