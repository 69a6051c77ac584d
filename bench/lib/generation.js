// Generation benchmark: `svcgen generate` and `wsdl-tsclient` on the same file, each run as a
// whole child process; wall time and peak RSS (medians), output bytes and file count, and for
// svcgen the bytes of the package sources alone (without the copied runtime and the build).
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { median, ROOT, runNode, tempDir, treeSize } from './measure.js';

// The WSDL corpus: SVCGEN_CORPUS (default ../shared/corpus beside the repository), as for the corpus suite.
const CORPUS = resolve(ROOT, process.env.SVCGEN_CORPUS || '../shared/corpus', 'wsdl');
const SVCGEN = join(ROOT, 'bin/svcgen.js');
const WSDL_TSCLIENT = join(ROOT, 'node_modules/wsdl-tsclient/dist/src/cli.js');

/** The big corpus WSDLs (largest first in the table's order of the issue). */
export const BIG_WSDLS = [
  'wasabi/workday.wsdl',
  'netforum-xweb/xWeb-2010.wsdl',
  'wasabi/economic.wsdl',
  'wsdl2php-hostnet/test/resource/Providers/EBay/eBayTest.wsdl',
  'gowsdl/vboxweb.wsdl',
  'vsphere/vim.wsdl',
  'salesforce/enterprise.wsdl',
];

/** Inputs of the generation table: the big WSDLs, then the five seeds of specs/. */
export function generationInputs() {
  const inputs = BIG_WSDLS.map((p) => ({ label: p, file: join(CORPUS, p), big: true, wsdl: true }));
  for (const dir of readdirSync(join(ROOT, 'specs')).sort()) {
    for (const f of readdirSync(join(ROOT, 'specs', dir)).sort()) {
      if (/^0\d+.*\.txt$/.test(f)) inputs.push({ label: `specs/${dir}/${f}`, file: join(ROOT, 'specs', dir, f), big: false, wsdl: false, name: dir });
    }
  }
  return inputs.sort((a, b) => Number(b.big) - Number(a.big));
}

/**
 * Bytes and count of the package sources svcgen writes under `dir`: its own TypeScript files
 * (types, client, operations, fixtures, mock, index, objects) and data modules written in final
 * form (`descriptors.js` with `descriptors.d.ts`), not the runtime every package
 * carries (`runtime/`), the JavaScript build (`dist/`), `ir.json`, the README or package.json.
 */
export function packageSources(dir) {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const walk = (d, top) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        // Each package is a folder of the output folder; runtime/ and dist/ are inside it.
        if (top || (e.name !== 'runtime' && e.name !== 'dist')) walk(p, false);
      } else if (e.isFile() && !top && /\.(?:ts|js|cjs|cts)$/.test(e.name)) {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir, true);
  return { bytes, files };
}

function measureTool(args, outDir, runs, { sources = false } = {}) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    rmSync(outDir, { recursive: true, force: true });
    last = runNode(args(outDir));
    if (!last.ok) break;
    samples.push(last);
  }
  if (!last.ok) return { ok: false, exit: last.exit, error: firstError(last) };
  const size = treeSize(outDir);
  const own = sources ? packageSources(outDir) : undefined;
  rmSync(outDir, { recursive: true, force: true });
  return {
    ok: true,
    runs: samples.length,
    ms: median(samples.map((s) => s.ms)),
    rssMb: median(samples.map((s) => s.rssMb ?? NaN)),
    bytes: size.bytes,
    files: size.files,
    ...(own ? { sourceBytes: own.bytes, sourceFiles: own.files } : {}),
  };
}

function firstError(r) {
  const lines = `${r.stderr}\n${r.stdout}`.split('\n').map((l) => l.trim());
  return (lines.find((l) => /error/i.test(l)) ?? lines.find(Boolean) ?? `exit ${r.exit}`).slice(0, 160);
}

/**
 * Runs the generation benchmark. `runs`: runs per tool and big file (seeds get `seedRuns`).
 * `log` receives progress lines.
 */
export function runGeneration({ runs = 3, seedRuns = 5, only, log = () => {} } = {}) {
  const rows = [];
  const work = tempDir('gen');
  try {
    for (const input of generationInputs()) {
      if (only && !input.label.includes(only)) continue;
      const n = input.big ? runs : seedRuns;
      const name = input.name ?? basename(input.file).replace(/\.[^.]*$/, '');
      log(`generation: ${input.label} (svcgen)`);
      const svcgen = measureTool((out) => [SVCGEN, 'generate', input.file, '--out', out, '--name', name], join(work, 'svcgen'), n, { sources: true });
      let peer = { ok: false, na: true };
      if (input.wsdl) {
        log(`generation: ${input.label} (wsdl-tsclient)`);
        peer = measureTool((out) => [WSDL_TSCLIENT, input.file, '-o', out, '--quiet'], join(work, 'peer'), n);
        // wsdl-tsclient can exit 0 without writing a client (no service/port it understands).
        if (peer.ok && peer.files <= 2) peer = { ...peer, incomplete: true };
      }
      rows.push({ input: input.label, big: input.big, bytesIn: statSync(input.file).size, svcgen, peer });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}
