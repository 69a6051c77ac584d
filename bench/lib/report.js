// Formatting of the benchmark report (markdown tables) and the target checks.

const num = (x, d = 0) => (x === undefined || Number.isNaN(x) ? '-' : x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }));
const kb = (b) => (b === undefined ? '-' : b >= 1e6 ? `${num(b / 1e6, 1)} MB` : `${num(b / 1e3, 1)} kB`);
const secs = (ms) => `${num(ms / 1000, 2)} s`;
const ratio = (x) => (x === undefined || !Number.isFinite(x) ? '-' : x >= 10 ? `${num(x, 0)}×` : `${num(x, 2)}×`);

/** Target thresholds of the issue. */
export const TARGETS = {
  readVsPeer: 20,
  /** Records per second reading the 100,000-record response against JSON.parse of the same records. */
  readVsJson: 0.5,
  buildVsPeer: 10,
  genTimeVsPeer: 0.5,
  /** Wall time of each seed (no peer reads them). */
  genSeedMs: 1000,
  /** Package sources (no runtime, no dist/, no ir.json) against everything wsdl-tsclient writes. */
  sourcesVsPeer: 3,
  /** Everything svcgen writes (what is checked in) against everything wsdl-tsclient writes. */
  outputVsPeer: 6,
  /** Peak RSS of one generation (every corpus WSDL: `npm run bench:corpus -- --rss`). */
  genRssMb: 500,
  memExtraVsBody: 2,
  /** One operation of the xWeb client, bundled and minified. */
  bundleBytes: 60_000,
};

const mark = (ok) => (ok ? 'met' : '**missed**');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function peerCells(row) {
  const p = row.peer;
  if (p.na) return ['n/a', 'n/a', 'n/a'];
  if (!p.ok) return ['peer failed', '-', '-'];
  const mark = p.incomplete ? ' (no client written)' : '';
  return [`${secs(p.ms)}${mark}`, `${num(p.rssMb)} MB`, `${kb(p.bytes)} / ${p.files}`];
}

/** Whether the peer's figures can be compared with svcgen's (it ran and wrote a client). */
const comparable = (row) => row.svcgen.ok && row.peer.ok && !row.peer.incomplete;

/** Time against the target: the peer's time for the big WSDLs, one second for the seeds. */
function timeCell(row) {
  if (!row.svcgen.ok) return '-';
  if (!row.big) return `${secs(row.svcgen.ms)} (≤ 1 s: ${mark(row.svcgen.ms <= TARGETS.genSeedMs)})`;
  if (!comparable(row)) return '-';
  const x = row.svcgen.ms / row.peer.ms;
  return `${ratio(x)} (≤ ${TARGETS.genTimeVsPeer}×: ${mark(x <= TARGETS.genTimeVsPeer)})`;
}

/** A byte ratio against wsdl-tsclient's whole output, with its target. */
function bytesCell(row, bytes, limit) {
  if (bytes === undefined || !comparable(row)) return '-';
  const x = bytes / row.peer.bytes;
  return `${ratio(x)} (≤ ${limit}×: ${mark(x <= limit)})`;
}

/** The generation table. */
export function generationTable(rows) {
  return table(
    [
      'Input',
      'Size',
      'svcgen time',
      'svcgen peak RSS',
      'svcgen output / files',
      'svcgen package sources / files',
      'wsdl-tsclient time',
      'wsdl-tsclient peak RSS',
      'wsdl-tsclient output / files',
      'time: svcgen / peer, or seed time',
      'sources / peer output',
      'output / peer output',
    ],
    rows.map((r) => {
      const s = r.svcgen;
      const sources = s.sourceBytes === undefined ? '-' : `${kb(s.sourceBytes)} / ${s.sourceFiles}`;
      const sv = s.ok ? [secs(s.ms), `${num(s.rssMb)} MB`, `${kb(s.bytes)} / ${s.files}`, sources] : [`failed (${s.error})`, '-', '-', '-'];
      return [r.input, kb(r.bytesIn), ...sv, ...peerCells(r), timeCell(r), bytesCell(r, s.sourceBytes, TARGETS.sourcesVsPeer), bytesCell(r, s.ok ? s.bytes : undefined, TARGETS.outputVsPeer)];
    }),
  );
}

/** The runtime table: messages per second and ratios. */
export function runtimeTable(rows) {
  const out = [];
  for (const r of rows) {
    if (r.kind === 'records') continue;
    if (r.missing) {
      out.push([r.name, '-', '-', '-', '-', '-', '-', '-', r.missing]);
      continue;
    }
    const peer = r.kind === 'json' ? 'JSON.*' : 'node-soap';
    for (const dir of ['build', 'read']) {
      const v = r[dir];
      const bytes = dir === 'build' ? r.requestBytes : r.responseBytes;
      out.push([
        r.name,
        `${dir === 'build' ? 'build request' : 'read response'} (${kb(bytes)})`,
        num(v.svcgen),
        v.svcgenValidated === undefined ? '-' : num(v.svcgenValidated),
        `${num(v.peer)} (${peer})`,
        num(v.ceiling),
        ratio(v.svcgen / v.peer),
        `${num((100 * v.svcgen) / v.ceiling, 1)} %`,
        r.checks?.length ? r.checks.join('; ') : 'ok',
      ]);
    }
  }
  return table(['Message', 'Direction (bytes)', 'svcgen msg/s', 'svcgen + validation msg/s', 'peer msg/s', 'bare scan msg/s', 'svcgen / peer', 'svcgen / scan', 'checks'], out);
}

/** The big-message table: records per second of svcgen, node-soap and JSON.parse on the same records. */
export function recordsTable(rows) {
  return table(
    ['Message', 'XML / JSON bytes', 'svcgen records/s', 'node-soap records/s', 'JSON.parse records/s (same records as JSON)', 'svcgen / node-soap', 'svcgen / JSON.parse', 'checks'],
    rows.map((r) => [r.name, `${kb(r.responseBytes)} / ${kb(r.jsonBytes)}`, num(r.svcgen), num(r.peer), num(r.json), ratio(r.svcgen / r.peer), ratio(r.svcgen / r.json), r.checks?.length ? r.checks.join('; ') : 'ok']),
  );
}

/** The 50 MB response memory table. */
export function memoryTable(m) {
  const rows = m.map((x) =>
    x.error
      ? [x.tool, '-', '-', '-', '-', x.error]
      : [x.tool, kb(x.bodyBytes), x.items.toLocaleString('en'), kb(x.extraHeapBytes), ratio(x.extraHeapBytes / x.bodyBytes), secs(x.ms)],
  );
  return table(['Reader', 'Body', 'Items', 'Extra heap (result retained)', 'Extra / body', 'Read time'], rows);
}

/** Which targets are met; one line per target with the figures. */
export function targetLines(gen, rt, mem) {
  const lines = [];
  const soapRows = (rt ?? []).filter((r) => r.kind === 'soap' && !r.missing);
  const bigReads = (rt ?? []).filter((r) => r.kind === 'records');
  for (const [dir, min] of [['read', TARGETS.readVsPeer], ['build', TARGETS.buildVsPeer]]) {
    if (!soapRows.length) continue;
    const worst = soapRows.reduce((a, r) => (r[dir].svcgen / r[dir].peer < a[dir].svcgen / a[dir].peer ? r : a));
    let x = worst[dir].svcgen / worst[dir].peer;
    let name = worst.name;
    if (dir === 'read') for (const r of bigReads) if (r.svcgen / r.peer < x) [x, name] = [r.svcgen / r.peer, r.name];
    lines.push(`${x >= min ? 'MET ' : 'MISS'} ${dir === 'read' ? 'reading' : 'building'} ≥ ${min}× node-soap on every SOAP message: lowest ${ratio(x)} (${name})`);
    if (dir === 'build') {
      // The client validates every request before writing it (the default).
      const v = soapRows.reduce((a, r) => (r.build.svcgenValidated / r.build.peer < a.build.svcgenValidated / a.build.peer ? r : a));
      const y = v.build.svcgenValidated / v.build.peer;
      lines.push(`${y >= min ? 'MET ' : 'MISS'} building with validation ≥ ${min}× node-soap on every SOAP message: lowest ${ratio(y)} (${v.name})`);
    }
  }
  for (const r of bigReads) {
    const x = r.svcgen / r.json;
    lines.push(`${x >= TARGETS.readVsJson ? 'MET ' : 'MISS'} reading ${r.records.toLocaleString('en')} records at ≥ ${TARGETS.readVsJson}× JSON.parse's records/s on the same records as JSON: ${ratio(x)}`);
  }
  const big = (gen ?? []).filter((r) => r.big);
  for (const r of big) {
    if (!r.svcgen.ok) lines.push(`MISS generation of ${r.input}: svcgen failed`);
    else if (comparable(r)) {
      const x = r.svcgen.ms / r.peer.ms;
      lines.push(`${x <= TARGETS.genTimeVsPeer ? 'MET ' : 'MISS'} generation time ≤ ${TARGETS.genTimeVsPeer}× wsdl-tsclient on ${r.input}: ${ratio(x)}`);
      if (r.svcgen.sourceBytes !== undefined) {
        const y = r.svcgen.sourceBytes / r.peer.bytes;
        lines.push(`${y <= TARGETS.sourcesVsPeer ? 'MET ' : 'MISS'} package sources ≤ ${TARGETS.sourcesVsPeer}× wsdl-tsclient's output on ${r.input}: ${ratio(y)} (${kb(r.svcgen.sourceBytes)} vs ${kb(r.peer.bytes)})`);
      }
      const z = r.svcgen.bytes / r.peer.bytes;
      lines.push(`${z <= TARGETS.outputVsPeer ? 'MET ' : 'MISS'} everything svcgen writes ≤ ${TARGETS.outputVsPeer}× wsdl-tsclient's output on ${r.input}: ${ratio(z)} (${kb(r.svcgen.bytes)} vs ${kb(r.peer.bytes)})`);
    } else lines.push(`---- ${r.input}: wsdl-tsclient ${r.peer.ok ? 'wrote no client' : 'failed'}; svcgen ${secs(r.svcgen.ms)}`);
  }
  for (const r of (gen ?? []).filter((x) => !x.big)) {
    if (!r.svcgen.ok) lines.push(`MISS generation of ${r.input}: svcgen failed`);
    else lines.push(`${r.svcgen.ms <= TARGETS.genSeedMs ? 'MET ' : 'MISS'} generation ≤ ${secs(TARGETS.genSeedMs)} for the seed ${r.input}: ${secs(r.svcgen.ms)}`);
  }
  const measured = (gen ?? []).filter((r) => r.svcgen.ok && Number.isFinite(r.svcgen.rssMb));
  if (measured.length) {
    const top = measured.reduce((a, r) => (r.svcgen.rssMb > a.svcgen.rssMb ? r : a));
    const over = measured.filter((r) => r.svcgen.rssMb >= TARGETS.genRssMb).length;
    lines.push(`${over === 0 ? 'MET ' : 'MISS'} peak RSS < ${TARGETS.genRssMb} MB generating each input of the table: highest ${num(top.svcgen.rssMb)} MB (${top.input})${over ? `, ${over} of ${measured.length} over` : ''}; every corpus WSDL: npm run bench:corpus -- --rss`);
  }
  for (const x of mem ?? []) {
    if (x.tool !== 'svcgen' || x.error) continue;
    const r = x.extraHeapBytes / x.bodyBytes;
    lines.push(`${r <= TARGETS.memExtraVsBody ? 'MET ' : 'MISS'} reading a ${kb(x.bodyBytes)} response with extra heap ≤ ${TARGETS.memExtraVsBody}× the body: ${ratio(r)}`);
  }
  return lines;
}

/** The bundle table: one operation of a generated client, bundled and minified with esbuild. */
export function bundleTable(b) {
  if (b.skipped) return `Skipped: ${b.skipped}`;
  const rows = b.entries.map((e) => [
    e.label,
    `\`${e.code}\``,
    e.error ? `failed (${e.error})` : e.na ? 'n/a' : kb(e.minBytes),
    e.error || e.na ? '-' : kb(e.gzipBytes),
    e.error || e.na ? '-' : `≤ ${kb(TARGETS.bundleBytes)}: ${mark(e.minBytes <= TARGETS.bundleBytes)}`,
  ]);
  return `${b.input} (operation ${b.method}; package sources ${kb(b.sourceBytes)}):\n\n${table(['Entry', 'What the consumer writes', 'minified', 'gzip', 'target'], rows)}`;
}

/** The target line of the bundle section. */
export function bundleTargetLines(b) {
  if (!b || b.skipped) return b ? [`---- bundle of one operation: skipped (${b.skipped})`] : [];
  const measured = b.entries.filter((e) => !e.na && !e.error);
  if (!measured.length) return ['MISS bundle of one operation: nothing could be bundled'];
  const best = measured.reduce((a, e) => (e.minBytes < a.minBytes ? e : a));
  return [`${best.minBytes <= TARGETS.bundleBytes ? 'MET ' : 'MISS'} one operation of the ${b.input} client ≤ ${kb(TARGETS.bundleBytes)} minified: ${kb(best.minBytes)} (${best.label}; gzip ${kb(best.gzipBytes)})`];
}

export { kb, num, ratio, secs };
