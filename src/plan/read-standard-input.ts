// Reads a plan from standard input ("-"), without blocking the event loop and never more than the size limit allows.
import fs from 'node:fs';
import { decodePlanText, failTooLarge, failUnreadable, maxPlanBytes } from './read-plan-file';

/** How messages name standard input: "<stdin>:3:5". */
export const standardInputName = '<stdin>';

let reading: Promise<string> | undefined;

/** One read of fd 0 into `buffer` at `offset`, on the thread pool: Ctrl+C and SIGTERM still reach this thread. */
function readOnce(buffer: Buffer, offset: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(0, buffer, offset, buffer.length - offset, null, (error, read) => (error ? reject(error) : resolve(read))));
}

async function readAll(): Promise<string> {
  // The limit and one byte more: enough to know the plan is too large, however much more is sent.
  const buffer = Buffer.allocUnsafe(maxPlanBytes + 1);
  let length = 0;
  while (length < buffer.length) {
    let read: number;
    try {
      read = await readOnce(buffer, length);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // A non-blocking pipe (shared with a parent that made it so) has nothing yet: wait a little and try again.
      if (code === 'EAGAIN') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      if (code === 'EOF') break; // Windows: the writer closed the pipe
      return failUnreadable(standardInputName, code);
    }
    if (read === 0) break;
    length += read;
  }
  if (length > maxPlanBytes) failTooLarge(standardInputName);
  return decodePlanText(buffer.subarray(0, length), standardInputName);
}

/** The plan text on standard input; read once, however many times "-" is named. */
export function readStandardInput(): Promise<string> {
  reading ??= readAll();
  return reading;
}
