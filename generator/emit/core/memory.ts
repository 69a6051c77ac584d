/**
 * Keeps the generator's peak memory near what one big file needs. Parsing a multi-megabyte
 * generated file (to format or compile it) allocates hundreds of megabytes that are garbage as soon
 * as the file is done, but V8 lets its heap grow rather than collect, so the garbage of several big
 * files adds up (vim.wsdl: 1.1 GB). After each big file the generator asks for a full collection:
 * a few hundred milliseconds on the biggest services, nothing on the others.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files at least this long are big. */
export const BIG_FILE_CHARS = 1024 * 1024;

let collect: (() => void) | null | undefined;

/** A full garbage collection when `chars` (the length of the file just processed) is big. */
export function afterBigFile(chars: number): void {
  if (chars < BIG_FILE_CHARS) return;
  if (collect === undefined) {
    try {
      // The documented way to reach `gc` without a command-line flag.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
