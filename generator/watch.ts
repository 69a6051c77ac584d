/**
 * `svcgen generate --watch`: generates, then watches the folders of the config and of every file
 * the run read (the spec files and the WSDL/XSD files they import, in whatever subfolder) and
 * generates again after each burst of changes (debounced), one run at a time, until stopped.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { generate, type GenerateOptions, type GenerateResult } from './api.js';

export interface WatchOptions {
  /** Quiet time after the last change before generating again (default 200 ms). */
  readonly debounceMs?: number;
  /** Stops watching. */
  readonly signal?: AbortSignal;
  /** After each run: its result, or the error it threw (a broken config, a missing spec). */
  readonly onRun?: (result: GenerateResult | undefined, error: unknown) => void;
}

/** Runs `generate(options)` now and after every change; resolves when `signal` aborts. */
export async function watchGenerate(options: GenerateOptions, watchOptions: WatchOptions = {}): Promise<void> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const debounceMs = watchOptions.debounceMs ?? 200;
  let watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;

  const once = async (): Promise<void> => {
    running = true;
    let result: GenerateResult | undefined;
    let error: unknown;
    try {
      result = await generate(options);
    } catch (e) {
      error = e;
    }
    watchOptions.onRun?.(result, error);
    rewatch(result);
    running = false;
    if (again) {
      again = false;
      schedule();
    }
  };

  const schedule = (): void => {
    if (watchOptions.signal?.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) again = true;
      else void once();
    }, debounceMs);
  };

  // Files read by the last run that succeeded in reading them; a failed run keeps watching them
  // (the fix to a broken import is made in the imported file).
  let read: readonly string[] = [];

  // The folders of the config, of the spec files and of every file the run read (imports, which
  // may sit in subfolders or beside the spec folder).
  const rewatch = (result: GenerateResult | undefined): void => {
    if (result) read = result.inputs;
    const files = new Set<string>(read);
    if (options.specs?.length) for (const s of options.specs) files.add(resolve(cwd, s));
    const config = result?.config;
    if (config) {
      files.add(config.path);
      for (const s of config.services) for (const p of s.specs) files.add(resolve(config.root, p));
    }
    const dirs = new Set([...files].map((f) => dirname(f)));
    if (!dirs.size) dirs.add(cwd);
    const out = result?.outDir;
    for (const w of watchers) w.close();
    watchers = [];
    for (const dir of dirs) {
      try {
        watchers.push(
          watch(dir, (_event, name) => {
            const file = name ? resolve(dir, String(name)) : undefined;
            // Ignore the output folder and temporary files (the writer's and editors').
            if (file && (String(name).startsWith('.') || (out && (file === out || file.startsWith(`${out}/`))) || basename(file).endsWith('~'))) return;
            schedule();
          }),
        );
      } catch {
        // A folder that vanished: the next run reports the missing spec.
      }
    }
  };

  await once();
  await new Promise<void>((done) => {
    const stop = (): void => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      done();
    };
    if (watchOptions.signal?.aborted) stop();
    else watchOptions.signal?.addEventListener('abort', stop, { once: true });
  });
}
