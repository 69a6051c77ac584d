// How many WSDL documents of the WSDL corpus (SVCGEN_CORPUS) each tool can take: node-soap opens them
// (`open_wsdl` without error), wsdl-tsclient generates from them (`parseAndGenerate` without
// error and with files written). svcgen's own figure (generate + strict type-check) comes from
// the corpus test (test/corpus/); this script prints the peers' figures next to it.
//
//   node bench/corpus.js            # prints the counts and writes bench/results/corpus.json
//   npm run bench:corpus -- --rss   # peak RSS of `svcgen generate` on every corpus WSDL
//
// --rss runs `svcgen generate FILE` (the CLI, as a user runs it) on every .wsdl of the corpus in a
// child process, 2 at a time, each with a time limit (--timeout SECONDS, default 300), and
// measures its peak resident set size (GNU `time -v`, else the child's own
// `process.resourceUsage().maxRSS` through bench/lib/report-rss.cjs). It prints the highest peak
// and every file at or over 500 MB, and writes bench/results/corpus-rss.json (not with --filter
// TEXT, which keeps only the files whose path contains TEXT). It takes long: it is opt-in.
//
// Each file runs in a child process with a time limit, so a peer that hangs or crashes on one
// file cannot stop the count. Remote imports are not fetched (the machine is offline): a WSDL
// whose imports are remote fails for every tool alike.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The WSDL corpus: SVCGEN_CORPUS (default ../shared/corpus beside the repository), as for the corpus suite.
const CORPUS = resolve(ROOT, process.env.SVCGEN_CORPUS || '../shared/corpus', 'wsdl');
const TIMEOUT_MS = 60_000;

const files = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[0])
  .filter((p) => p.endsWith('.wsdl'));

/** One check in a child process: prints "ok" or "fail: reason". */
const CHILD = `
const [tool, file, out] = process.argv.slice(1);
const done = (ok, why) => { process.stdout.write(ok ? 'ok' : 'fail: ' + String(why).split('\\n')[0].slice(0, 160)); process.exit(0); };
process.on('uncaughtException', (e) => done(false, e && e.message));
process.on('unhandledRejection', (e) => done(false, e && e.message));
if (tool === 'node-soap') {
  require('soap/lib/wsdl').open_wsdl(file, {}, (err, wsdl) => done(!err && !!wsdl, err && err.message));
} else {
  const fs = require('fs');
  require('wsdl-tsclient').parseAndGenerate(file, out, { quiet: true, verbose: false })
    .then(() => { const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(d + '/' + e.name) : [e.name]); let n = 0; try { n = walk(out).filter((f) => f.endsWith('.ts')).length; } catch {} done(n > 0, 'no files written'); })
    .catch((e) => done(false, e && e.message));
}
`;

function check(tool, file) {
  const out = mkdtempSync(join(tmpdir(), 'svcgen-corpus-peer-'));
  return new Promise((res) => {
    execFile(process.execPath, ['-e', CHILD, tool, file, out], { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 1 << 20 }, (err, stdout) => {
      rmSync(out, { recursive: true, force: true });
      const text = String(stdout || '');
      res(text === 'ok' ? { ok: true } : { ok: false, why: text.replace(/^fail: /, '') || (err ? (err.killed ? 'timed out' : err.message.split('\n')[0]) : 'no answer') });
    });
  });
}

async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }));
  return results;
}

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Peak RSS (MB) of each svcgen generation, the highest and the files over `RSS_LIMIT_MB`. */
const RSS_LIMIT_MB = 500;
const TIME = '/usr/bin/time';
const RSS_PRELOAD = join(ROOT, 'bench/lib/report-rss.cjs');

/** `svcgen generate FILE` in a child process: exit, wall time and peak RSS. */
function generateRss(file, timeoutMs) {
  const work = mkdtempSync(join(tmpdir(), 'svcgen-corpus-rss-'));
  const rssFile = join(work, 'rss');
  const useTime = existsSync(TIME);
  const svcgen = [join(ROOT, 'bin/svcgen.js'), 'generate', file, '--out', join(work, 'out'), '--name', 'corpus'];
  const [cmd, argv] = useTime ? [TIME, ['-v', process.execPath, ...svcgen]] : [process.execPath, ['-r', RSS_PRELOAD, ...svcgen]];
  const started = Date.now();
  return new Promise((res) => {
    execFile(cmd, argv, { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 << 20, env: { ...process.env, SVCGEN_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' } }, (err, _stdout, stderr) => {
      const ms = Date.now() - started;
      let kb;
      if (useTime) kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(String(stderr))?.[1] ?? NaN);
      else if (existsSync(rssFile)) kb = Number(readFileSync(rssFile, 'utf8'));
      const exit = useTime ? Number(/Exit status: (\d+)/.exec(String(stderr))?.[1] ?? err?.code ?? 0) : (err?.code ?? 0);
      rmSync(work, { recursive: true, force: true });
      const timedOut = !!err?.killed;
      res({ ms, rssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : undefined, exit: timedOut ? 'timeout' : exit, ...(timedOut ? { timedOut } : {}) });
    });
  });
}

if (args.includes('--rss')) {
  const filter = opt('--filter');
  const timeoutMs = Number(opt('--timeout') ?? 300) * 1000;
  const chosen = files.filter((f) => !filter || f.includes(filter));
  const started = Date.now();
  let done = 0;
  const rows = await pool(chosen, 2, async (f) => {
    const r = await generateRss(join(CORPUS, f), timeoutMs);
    process.stderr.write(`[rss ${++done}/${chosen.length}] ${f}: ${r.rssMb ?? '?'} MB, ${(r.ms / 1000).toFixed(1)} s${r.exit === 0 ? '' : `, exit ${r.exit}`}\n`);
    return { file: f, ...r };
  });
  const measured = rows.filter((r) => r.rssMb !== undefined);
  const top = measured.reduce((a, r) => (a === undefined || r.rssMb > a.rssMb ? r : a), undefined);
  const over = rows.filter((r) => r.rssMb >= RSS_LIMIT_MB || r.timedOut).sort((a, b) => (b.rssMb ?? Infinity) - (a.rssMb ?? Infinity));
  const out = [`svcgen generate on ${rows.length} corpus WSDL documents (2 at a time, ${timeoutMs / 1000} s limit each):`];
  out.push(top ? `highest peak RSS: ${top.rssMb} MB (${top.file})` : 'no peak RSS measured');
  out.push(`${over.length ? 'MISS' : 'MET '} peak RSS < ${RSS_LIMIT_MB} MB on every file: ${over.length} at or over`);
  for (const r of over) out.push(`  ${r.timedOut ? 'timed out' : `${r.rssMb} MB`}  ${r.file}${r.exit !== 0 && !r.timedOut ? ` (exit ${r.exit})` : ''}`);
  const failed = rows.filter((r) => r.exit !== 0 && !r.timedOut).length;
  out.push(`${failed} exited non-zero (spec errors count too: the peak is still measured); ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (!filter) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const summary = { total: rows.length, limitMb: RSS_LIMIT_MB, max: top ? { file: top.file, rssMb: top.rssMb } : undefined, over: over.map(({ file, rssMb, timedOut }) => ({ file, rssMb, ...(timedOut ? { timedOut } : {}) })), rows };
    writeFileSync(join(ROOT, 'bench/results/corpus-rss.json'), `${JSON.stringify(summary, null, 2)}\n`);
  }
  process.exit(0);
}

const svcgenExpected = readFileSync(join(ROOT, 'test/corpus/wsdl-generate-expected.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && l.split('\t')[1] === 'fail').length;

const started = Date.now();
const results = {};
for (const tool of ['node-soap', 'wsdl-tsclient']) {
  const outcomes = await pool(files, Math.max(1, cpus().length), (f) => check(tool, join(CORPUS, f)));
  const failed = files.map((f, i) => ({ file: f, ...outcomes[i] })).filter((r) => !r.ok);
  results[tool] = { ok: files.length - failed.length, failed: failed.map(({ file, why }) => ({ file, why })) };
  process.stdout.write(`${tool}: ${files.length - failed.length} of ${files.length} WSDL documents\n`);
}
const svcgenOk = files.length - svcgenExpected;
process.stdout.write(`svcgen: ${svcgenOk} of ${files.length} (generate + strict type-check, test/corpus/)\n`);
process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/corpus.json'), `${JSON.stringify({ total: files.length, svcgen: svcgenOk, ...results }, null, 2)}\n`);

