// How many WSDL documents of the WSDL corpus (SVCGEN_CORPUS) each tool can take: node-soap opens them
// (`open_wsdl` without error), wsdl-tsclient generates from them (`parseAndGenerate` without
// error and with files written). svcgen's own figure (generate + strict type-check) comes from
// the corpus test (test/corpus/); this script prints the peers' figures next to it.
//
//   node bench/corpus.js            # prints the counts and writes bench/results/corpus.json
//
// Each file runs in a child process with a time limit, so a peer that hangs or crashes on one
// file cannot stop the count. Remote imports are not fetched (the machine is offline): a WSDL
// whose imports are remote fails for every tool alike.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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

