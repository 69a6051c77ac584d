// `npm run bench`: svcgen against node-soap and wsdl-tsclient on the same work, in one run.
// Sections: generation (child processes), runtime (messages per second, in process), memory
// (a 50 MB response), bundle (one operation of the xWeb client, bundled and minified). Prints the
// report and writes bench/results/latest.json.
// Options: --only generation|runtime|memory|bundle (repeatable), --runs N (big WSDLs, default 3),
// --filter TEXT (inputs/messages whose name contains TEXT), --no-write (keep latest.json),
// --bundle-spec FILE (bundle another spec than the corpus xWeb WSDL, e.g. a seed, for a quick check),
// --report (print the report of bench/results/latest.json again, running nothing).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transpilePackage } from './lib/compile.js';
import { runBundle } from './lib/bundle.js';
import { runGeneration } from './lib/generation.js';
import { ROOT, tempDir } from './lib/measure.js';
import { bundleTable, bundleTargetLines, generationTable, memoryTable, recordsTable, runtimeTable, targetLines } from './lib/report.js';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const want = (s) => only.length === 0 || only.includes(s);
const runs = Number(opt('--runs') ?? 3);
const filter = opt('--filter');
const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const started = Date.now();

function machine() {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(info)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { cores: cpus().length, cpu: model.trim(), node: process.version, platform: `${process.platform} ${process.arch}` };
}

const PACKAGES = ['tpclient', 'plusventa', 'seethepro', 'caliq'];

/** Generates the benchmark-only packages and transpiles every package the runtime sections use. */
function preparePackages(dir) {
  const src = join(dir, 'src');
  const gen = (spec, name) => {
    // The package (and its folder) is the lower-cased name, as npm requires; the service keeps `name`.
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/svcgen.js'), 'generate', spec, '--out', src, '--name', name, '--package-name', name.toLowerCase()], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`svcgen generate ${spec} failed:\n${r.stderr}`);
  };
  gen('specs/xweb/004_8931eb82c0deeb06.txt', 'xweb');
  gen('bench/wsdl/BenchService.wsdl', 'BenchService');
  const out = join(dir, 'js');
  for (const p of PACKAGES) transpilePackage(join(ROOT, 'generated', p), join(out, p));
  for (const p of ['xweb', 'BenchService']) transpilePackage(join(src, p.toLowerCase()), join(out, p));
  return out;
}

function child(script, childArgs, nodeFlags = []) {
  const r = spawnSync(process.execPath, [...nodeFlags, join(ROOT, 'bench', script), ...childArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const reportOnly = args.includes('--report');
// --update: re-measure the --only sections and keep the other sections of results/latest.json.
const update = args.includes('--update') && !reportOnly && only.length > 0 && !filter;
const results = reportOnly || update ? JSON.parse(readFileSync(join(ROOT, 'bench/results/latest.json'), 'utf8')) : { machine: machine(), date: new Date().toISOString().slice(0, 10) };
const work = tempDir('run');
try {
  if (reportOnly) only.push('none');
  if (want('generation')) results.generation = runGeneration({ runs, only: filter, log });
  if (want('runtime') || want('memory')) {
    log('preparing packages');
    const pkgs = preparePackages(work);
    if (want('runtime')) {
      log('runtime');
      results.runtime = child('runtime.js', [pkgs, ...(filter ? [filter] : [])]);
    }
    if (want('memory')) {
      results.memory = [];
      for (const tool of ['svcgen', 'node-soap']) {
        log(`memory: ${tool}`);
        try {
          results.memory.push(child('memory.js', [pkgs, tool, '50'], ['--expose-gc', '--max-old-space-size=4096']));
        } catch (e) {
          results.memory.push({ tool, error: e.message.split('\n')[0] });
        }
      }
    }
  }
  if (want('bundle')) results.bundle = await runBundle({ spec: opt('--bundle-spec'), filter, log });
} finally {
  rmSync(work, { recursive: true, force: true });
}
results.targets = [...targetLines(results.generation, results.runtime, results.memory), ...bundleTargetLines(results.bundle)];
if (!reportOnly && !update) results.seconds = Math.round((Date.now() - started) / 1000);

const m = results.machine;
const parts = [`svcgen benchmark, ${results.date}: ${m.cores} cores, ${m.cpu}, Node ${m.node} (${results.seconds} s)`];
if (results.generation) parts.push(`Generation (median of ${runs} runs for the big WSDLs; whole process):\n\n${generationTable(results.generation)}`);
if (results.runtime) parts.push(`Runtime (messages per second, in process, after warm-up):\n\n${runtimeTable(results.runtime)}`);
const bigRows = (results.runtime ?? []).filter((r) => r.kind === 'records');
if (bigRows.length) parts.push(`One big response (records per second; best of 3 timed reads, node-soap: 1):\n\n${recordsTable(bigRows)}`);
if (results.memory) parts.push(`Reading a 50 MB response (node --expose-gc; heap after minus heap before, result retained):\n\n${memoryTable(results.memory)}`);
if (results.bundle) parts.push(`One operation of a generated client, bundled for browsers (esbuild --bundle --minify):\n\n${bundleTable(results.bundle)}`);
parts.push(`Targets:\n\n${results.targets.map((l) => `- ${l}`).join('\n')}`);
process.stdout.write(`${parts.join('\n\n')}\n`);

if (update || (!args.includes('--no-write') && !reportOnly && only.length === 0 && !filter && !opt('--bundle-spec'))) {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results/latest.json');
}
