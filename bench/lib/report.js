// Formatting of the benchmark report (markdown tables) and the target checks.

const num = (x, d = 0) => (x === undefined || Number.isNaN(x) ? '-' : x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }));
const kb = (b) => (b === undefined ? '-' : b >= 1e6 ? `${num(b / 1e6, 1)} MB` : `${num(b / 1e3, 1)} kB`);
const secs = (ms) => `${num(ms / 1000, 2)} s`;
const ratio = (x) => (x === undefined || !Number.isFinite(x) ? '-' : x >= 10 ? `${num(x, 0)}×` : `${num(x, 2)}×`);

/** Target thresholds of the issue. */
export const TARGETS = { readVsPeer: 20, readVsJson: 0.5, buildVsPeer: 10, genTimeVsPeer: 0.5, genRssMb: 1024, memExtraVsBody: 2 };

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function peerCells(row) {
  const p = row.peer;
  if (p.na) return ['n/a', 'n/a', 'n/a', 'n/a'];
  if (!p.ok) return ['peer failed', '-', '-', '-'];
  const mark = p.incomplete ? ' (no client written)' : '';
  return [`${secs(p.ms)}${mark}`, `${num(p.rssMb)} MB`, `${kb(p.bytes)} / ${p.files}`, ratio(row.svcgen.ms / p.ms)];
}

/** The generation table. */
export function generationTable(rows) {
  return table(
    ['Input', 'Size', 'svcgen time', 'svcgen peak RSS', 'svcgen output / files', 'wsdl-tsclient time', 'wsdl-tsclient peak RSS', 'wsdl-tsclient output / files', 'time ratio (svcgen / peer)'],
    rows.map((r) => {
      const s = r.svcgen;
      const [pt, pr, po, rt] = peerCells(r);
      const sv = s.ok ? [secs(s.ms), `${num(s.rssMb)} MB`, `${kb(s.bytes)} / ${s.files}`] : [`failed (${s.error})`, '-', '-'];
      return [r.input, kb(r.bytesIn), ...sv, pt, pr, po, rt];
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
    else if (r.peer.ok && !r.peer.incomplete) {
      const x = r.svcgen.ms / r.peer.ms;
      lines.push(`${x <= TARGETS.genTimeVsPeer ? 'MET ' : 'MISS'} generation time ≤ ${TARGETS.genTimeVsPeer}× wsdl-tsclient on ${r.input}: ${ratio(x)}`);
      lines.push(`${r.svcgen.bytes < r.peer.bytes ? 'MET ' : 'MISS'} smaller output on ${r.input}: ${kb(r.svcgen.bytes)} vs ${kb(r.peer.bytes)}`);
    } else lines.push(`---- ${r.input}: wsdl-tsclient ${r.peer.ok ? 'wrote no client' : 'failed'}; svcgen ${secs(r.svcgen.ms)}`);
  }
  if (big.length) {
    const largest = big.reduce((a, r) => (r.bytesIn > a.bytesIn ? r : a));
    if (largest.svcgen.ok) lines.push(`${largest.svcgen.rssMb < TARGETS.genRssMb ? 'MET ' : 'MISS'} peak memory < 1 GB generating the largest WSDL (${largest.input}): ${num(largest.svcgen.rssMb)} MB`);
  }
  for (const x of mem ?? []) {
    if (x.tool !== 'svcgen' || x.error) continue;
    const r = x.extraHeapBytes / x.bodyBytes;
    lines.push(`${r <= TARGETS.memExtraVsBody ? 'MET ' : 'MISS'} reading a ${kb(x.bodyBytes)} response with extra heap ≤ ${TARGETS.memExtraVsBody}× the body: ${ratio(r)}`);
  }
  return lines;
}

export { kb, num, ratio, secs };
