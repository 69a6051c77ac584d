// Small measuring helpers shared by the benchmark sections.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RSS_PRELOAD = fileURLToPath(new URL('./report-rss.cjs', import.meta.url));
const TIME = '/usr/bin/time';

/** Median of numbers (mean of the middle two for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A fresh temporary directory. */
export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `svcgen-bench-${prefix}-`));
}

/** Bytes and file count of everything under `dir` (0/0 when it does not exist). */
export function treeSize(dir) {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/**
 * Runs `node ARGS` as a child process and measures it as a whole: wall time (ms) and peak
 * resident set size (MB), from GNU time where it is installed, else from the child's own
 * `process.resourceUsage().maxRSS` (a preloaded script reports it on exit).
 */
export function runNode(args, { cwd = ROOT, timeoutMs = 600_000 } = {}) {
  const useTime = existsSync(TIME);
  const rssFile = join(tempDir('rss'), 'rss');
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...args] : ['-r', RSS_PRELOAD, ...args];
  const env = { ...process.env, SVCGEN_BENCH_RSS_FILE: rssFile, NO_COLOR: '1', FORCE_COLOR: '0' };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssMb;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    rssMb = m ? Number(m[1]) / 1024 : undefined;
  } else if (existsSync(rssFile)) {
    rssMb = Number(spawnSync('cat', [rssFile], { encoding: 'utf8' }).stdout) / 1024;
  }
  rmSync(join(rssFile, '..'), { recursive: true, force: true });
  const stderr = (r.stderr ?? '').replace(/\n\tCommand being timed:[\s\S]*$/, '');
  const exit = r.error ? `error: ${r.error.message}` : useTime ? timeExit(r) : r.status;
  return { ms, rssMb, ok: exit === 0, exit, stdout: r.stdout ?? '', stderr };
}

function timeExit(r) {
  const m = /Exit status: (\d+)/.exec(r.stderr ?? '');
  return m ? Number(m[1]) : r.status;
}

/**
 * Messages per second of `fn` in this process: warm-up first (at least `warmMs` and 20 calls),
 * then timed batches until `minMs` have passed. `fn` must return something (kept alive so the
 * work cannot be optimized away).
 */
export function rate(fn, { warmMs = 300, minMs = 700 } = {}) {
  let sink;
  let n = 0;
  let t0 = performance.now();
  while (n < 20 || performance.now() - t0 < warmMs) {
    sink = fn();
    n++;
  }
  const per = (performance.now() - t0) / n;
  const batch = Math.max(1, Math.min(100_000, Math.round(20 / Math.max(per, 1e-6))));
  let iters = 0;
  t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < batch; i++) sink = fn();
    iters += batch;
    elapsed = performance.now() - t0;
  }
  if (sink === undefined) throw new Error('benchmark function returned nothing');
  return (iters * 1000) / elapsed;
}
