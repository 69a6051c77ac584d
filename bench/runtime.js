// Runtime benchmark (child process): messages per second after warm-up, in this process, for
// building requests and reading responses with the svcgen-generated runtime, with node-soap's
// WSDL object (`objectToDocumentXML` / `xmlToObject`) on the same WSDL and message, and with a
// bare scan of the same bytes as the ceiling. Usage: node bench/runtime.js PACKAGES_DIR
// (transpiled packages, one folder per package). Prints the rows as JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { chatRequests, JSON_CASES, monoEnvelope, SOAP_CASES, textContent, toNodeSoapShape } from './lib/cases.js';
import { rate, ROOT } from './lib/measure.js';

const soap = createRequire(import.meta.url)('soap');
const pkgDir = process.argv[2];
const only = process.argv[3];

/**
 * Messages per second of each function, measured in interleaved rounds (the machine's load moves
 * all of them alike) and the best round kept.
 */
function compare(fns, rounds = 3) {
  const best = {};
  for (let r = 0; r < rounds; r++) {
    for (const [k, fn] of Object.entries(fns)) best[k] = Math.max(best[k] ?? 0, rate(fn, { warmMs: r === 0 ? 300 : 50, minMs: 300 }));
  }
  return best;
}

/** Ceiling: count the tags of the text with an `indexOf('<')` loop and nothing else. */
function scan(text) {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) n++;
  return n;
}

/** Ceiling for JSON: count the string quotes. */
function scanQuotes(text) {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

async function loadWsdl(file) {
  const wsdl = new soap.WSDL(readFileSync(join(ROOT, 'bench/wsdl', file), 'utf8'), `http://localhost/${file}`, {});
  await new Promise((resolve, reject) => wsdl.onReady((e) => (e ? reject(e) : resolve())));
  return wsdl;
}

function nodeSoapMethod(wsdl, name) {
  for (const svc of Object.values(wsdl.definitions.services)) {
    for (const port of Object.values(svc.ports)) {
      const m = port.binding.methods[name];
      if (m && !port.binding.style?.includes('rpc')) return m;
    }
  }
  throw new Error(`node-soap: no operation ${name}`);
}

async function pkg(name) {
  const dir = join(pkgDir, name);
  return {
    d: await import(join(dir, 'descriptors.js')),
    soapRt: await import(join(dir, 'runtime/soap.js')).catch(() => undefined),
    validate: await import(join(dir, 'runtime/validate.js')),
    writer: await import(join(dir, 'runtime/xml-writer.js')),
    fixtures: (await import(join(dir, 'fixtures.js'))).fixtures,
    json: await import(join(dir, 'runtime/rest-json.js')).catch(() => undefined),
  };
}

async function soapCase(c) {
  const p = await pkg(c.pkg);
  const op = p.d.OPERATIONS[c.method];
  const request = c.fromFixtures ? p.fixtures[c.method].request : c.request();
  const response = c.fromFixtures ? p.fixtures[c.method].response : c.response();
  const responseXml = monoEnvelope(p.writer.writeElement(op.output.name, op.output.ns ?? '', op.output.type, response, { xsiDeclared: true }));

  const wsdl = await loadWsdl(c.wsdl);
  const m = nodeSoapMethod(wsdl, op.name);
  const input = m.input;
  const nsRequest = toNodeSoapShape(op.input.type, request);
  const envelopeOpen =
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ${wsdl.xmlnsInEnvelope}><soap:Body>`;

  // The serializer (envelope and body); the client also runs the validator first by default.
  const svcgenBuild = () => p.soapRt.buildSoapRequest('soap11', op, request).body;
  const svcgenValidatedBuild = () => {
    const problems = p.validate.validateValue(op.input.type, request, 'request');
    if (problems.length) throw new Error(`invalid request: ${problems[0].path}: ${problems[0].message}`);
    return svcgenBuild();
  };
  const soapBuild = () =>
    envelopeOpen + wsdl.objectToDocumentXML(input.$name, nsRequest, input.targetNSAlias, input.targetNamespace, input.$type || input.$lookupType) + '</soap:Body></soap:Envelope>';
  const svcgenRead = () => p.soapRt.readSoapResponse('soap11', op, responseXml, 200, 'text/xml; charset=utf-8').value;
  const soapRead = () => wsdl.xmlToObject(responseXml);

  // The two sides must do the same work: same character data in the requests, svcgen reads
  // back exactly the value the response was written from, node-soap finds the body element.
  const a = svcgenBuild();
  const b = soapBuild();
  const checks = [];
  if (textContent(a) !== textContent(b)) checks.push('request text differs between svcgen and node-soap');
  if (!isDeepStrictEqual(svcgenRead(), response)) checks.push('svcgen did not read back the response value');
  const body = soapRead()?.Body ?? {};
  if (!(op.output.name in body)) checks.push(`node-soap read no ${op.output.name}`);
  return {
    name: c.name,
    kind: 'soap',
    requestBytes: Buffer.byteLength(a),
    responseBytes: Buffer.byteLength(responseXml),
    checks,
    build: compare({ svcgen: svcgenBuild, peer: soapBuild, ceiling: () => scan(a), svcgenValidated: svcgenValidatedBuild }),
    read: compare({ svcgen: svcgenRead, peer: soapRead, ceiling: () => scan(responseXml) }),
  };
}

async function jsonCase(c) {
  let p;
  try {
    p = await pkg(c.pkg);
  } catch (e) {
    return { name: c.name, kind: 'json', missing: `package ${c.pkg} not usable: ${e.message}` };
  }
  const op = p.d.OPERATIONS[c.method];
  const fx = p.fixtures[c.method];
  if (!op || !fx || !p.json || !op.body) return { name: c.name, kind: 'json', missing: `package ${c.pkg} has no JSON body for ${c.method}` };
  const body = fx.body;
  const responseText = fx.samples.json.response;
  // The client validates before writing; a fixture the validator refuses is noted, not fatal.
  const invalid = p.validate.validateValue(op.body.type, body, 'body');
  const svcgenBuild = () => p.json.writeJson(op.body.type, body, !!op.body.array, 'body');
  const svcgenValidatedBuild = () => {
    p.validate.validateValue(op.body.type, body, 'body');
    return svcgenBuild();
  };
  const peerBuild = () => JSON.stringify(body);
  const svcgenRead = () => p.json.readJson(responseText, op.response.type, !!op.response.array, 200);
  const peerRead = () => JSON.parse(responseText);
  const a = svcgenBuild();
  const checks = invalid.map((x) => `fixture fails validation: ${x.path}: ${x.message}`);
  if (!isDeepStrictEqual(JSON.parse(a), JSON.parse(peerBuild()))) checks.push('JSON bodies differ');
  if (!isDeepStrictEqual(svcgenRead(), fx.response)) checks.push('svcgen did not read the sample into the fixture value');
  return {
    name: c.name,
    kind: 'json',
    requestBytes: Buffer.byteLength(a),
    responseBytes: Buffer.byteLength(responseText),
    checks,
    build: compare({ svcgen: svcgenBuild, peer: peerBuild, ceiling: () => scanQuotes(a), svcgenValidated: svcgenValidatedBuild }),
    read: compare({ svcgen: svcgenRead, peer: peerRead, ceiling: () => scanQuotes(responseText) }),
  };
}

/** Records of the big message (~58 MB of XML). */
const BIG_RECORDS = 100_000;
const BIG_NAME = `${BIG_RECORDS.toLocaleString('en')} ChatRequest records (one response)`;

/** Best of `n` timed calls of `fn`, in milliseconds (each result checked by `check`). */
function timed(fn, n, check) {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const v = fn();
    best = Math.min(best, performance.now() - t0);
    check?.(v);
  }
  return best;
}

/**
 * One big response (100,000 ChatRequest records) read by svcgen and node-soap, and the same
 * records as JSON read by JSON.parse: records per second of each. Warmed up on a 1,000-record
 * message, then a few timed reads of the big one (node-soap: one).
 */
async function bigRecordsCase() {
  const p = await pkg('BenchService');
  const op = p.d.OPERATIONS.getChatRequests;
  const xmlOf = (records) => Buffer.from(monoEnvelope(p.writer.writeElement(op.output.name, op.output.ns ?? '', op.output.type, { GetChatRequestsResult: records }, { xsiDeclared: true })), 'utf8').toString('utf8');
  const records = chatRequests(BIG_RECORDS);
  // Flat strings, as `await response.text()` gives them.
  const xml = xmlOf(records);
  const json = Buffer.from(JSON.stringify({ GetChatRequestsResult: records }), 'utf8').toString('utf8');
  const small = xmlOf(chatRequests(1000));
  const smallJson = JSON.stringify({ GetChatRequestsResult: chatRequests(1000) });
  const wsdl = await loadWsdl('BenchService.wsdl');
  const svcgenRead = (text) => p.soapRt.readSoapResponse('soap11', op, text, 200, 'text/xml; charset=utf-8').value;
  for (let i = 0; i < 20; i++) {
    svcgenRead(small);
    JSON.parse(smallJson);
  }
  for (let i = 0; i < 3; i++) wsdl.xmlToObject(small);
  const checks = [];
  const count = (n) => (v) => {
    if (n(v) !== BIG_RECORDS) checks.push(`read ${n(v)} records, wrote ${BIG_RECORDS}`);
  };
  // Interleaved, so that the machine's load moves both alike.
  let svcgenMs = Infinity;
  let jsonMs = Infinity;
  for (let i = 0; i < 3; i++) {
    svcgenMs = Math.min(svcgenMs, timed(() => svcgenRead(xml), 1, count((v) => v.GetChatRequestsResult.length)));
    jsonMs = Math.min(jsonMs, timed(() => JSON.parse(json), 1, count((v) => v.GetChatRequestsResult.length)));
  }
  if (!isDeepStrictEqual(svcgenRead(xml).GetChatRequestsResult, records)) checks.push('svcgen did not read back the records');
  const peerMs = timed(() => wsdl.xmlToObject(xml), 1, count((v) => v.Body.GetChatRequestsResponse.GetChatRequestsResult.ChatRequest.length));
  const perSecond = (ms) => (BIG_RECORDS * 1000) / ms;
  return {
    name: BIG_NAME,
    kind: 'records',
    records: BIG_RECORDS,
    responseBytes: Buffer.byteLength(xml),
    jsonBytes: Buffer.byteLength(json),
    checks,
    svcgen: perSecond(svcgenMs),
    peer: perSecond(peerMs),
    json: perSecond(jsonMs),
  };
}

const rows = [];
for (const c of SOAP_CASES) if (!only || c.name.includes(only)) rows.push(await soapCase(c));
if (!only || BIG_NAME.includes(only)) rows.push(await bigRecordsCase());
for (const c of JSON_CASES) if (!only || c.name.includes(only)) rows.push(await jsonCase(c));
process.stdout.write(JSON.stringify(rows));
