/**
 * Keeps the generator's peak memory near what it holds. Parsing a multi-megabyte generated file
 * (to format or compile it) allocates hundreds of megabytes that are garbage as soon as the file is
 * done, but V8 lets its heap grow to several times what survived its last full collection before
 * collecting again, so the garbage of a few big files adds up (vim.wsdl: 670 MB). Bounding that
 * growth (V8's `--heap-growing-percent`, read at every collection, so it can be set at run time)
 * makes V8 collect in step with the garbage: vim.wsdl peaks under 400 MB, for about 4% more CPU,
 * where forcing full collections after each big file cost more time and saved less.
 *
 * The CLI bounds its own process (`svcgen generate`, `watch`, …); a program calling the API keeps
 * its own heap settings unless it calls `boundHeapGrowth` (or starts Node with the flag).
 */
import { setFlagsFromString } from 'node:v8';

/** How far (percent) the heap may grow past what survived the last full collection. */
export const HEAP_GROWTH_PERCENT = 50;

let bounded = false;

/** Bounds the heap's growth for the rest of the process (idempotent). */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  } catch {
    // A runtime without V8 flags only uses more memory.
  }
}
