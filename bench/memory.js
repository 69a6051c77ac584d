// Memory benchmark (child process, run with --expose-gc): reads a ~50 MB Mono-shaped response
// (a list of ChatRequest records) and measures the heap it adds with the result retained,
// against the body size. Usage: node --expose-gc bench/memory.js PACKAGES_DIR svcgen|node-soap [MB]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chatRequests, monoEnvelope } from './lib/cases.js';
import { ROOT } from './lib/measure.js';

const [pkgDir, tool, mbArg] = process.argv.slice(2);
const targetBytes = Number(mbArg ?? 50) * 1e6;
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const writer = await import(join(pkgDir, 'BenchService/runtime/xml-writer.js'));
const soapRt = await import(join(pkgDir, 'BenchService/runtime/soap.js'));
const { OPERATIONS } = await import(join(pkgDir, 'BenchService/descriptors.js'));
const op = OPERATIONS.getChatRequests;

function body() {
  const per = Buffer.byteLength(writer.writeElement('GetChatRequestsResponse', op.output.ns, op.output.type, { GetChatRequestsResult: chatRequests(10) })) / 10;
  const n = Math.round(targetBytes / per);
  const xml = monoEnvelope(writer.writeElement(op.output.name, op.output.ns, op.output.type, { GetChatRequestsResult: chatRequests(n) }));
  // A flat string, as `await response.text()` gives it (not the writer's rope).
  return { text: Buffer.from(xml, 'utf8').toString('utf8'), n };
}

let read;
if (tool === 'svcgen') {
  read = (text) => soapRt.readSoapResponse('soap11', op, text, 200, 'text/xml; charset=utf-8').value;
} else {
  const soap = createRequire(import.meta.url)('soap');
  const wsdl = new soap.WSDL(readFileSync(join(ROOT, 'bench/wsdl/BenchService.wsdl'), 'utf8'), 'http://localhost/BenchService.wsdl', {});
  await new Promise((resolve, reject) => wsdl.onReady((e) => (e ? reject(e) : resolve())));
  read = (text) => wsdl.xmlToObject(text);
}

// Warm the reader up on a small message so compiled code is not counted as result memory.
const small = monoEnvelope(writer.writeElement(op.output.name, op.output.ns, op.output.type, { GetChatRequestsResult: chatRequests(50) }));
for (let i = 0; i < 20; i++) read(small);

const { text, n } = body();
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const before = settle();
const t0 = performance.now();
const result = read(text);
const ms = performance.now() - t0;
const after = settle();
globalThis.retained = result;
const count = tool === 'svcgen' ? result.GetChatRequestsResult.length : result.Body.GetChatRequestsResponse.GetChatRequestsResult.ChatRequest.length;
if (count !== n) throw new Error(`read ${count} items, wrote ${n}`);
process.stdout.write(JSON.stringify({ tool, bodyBytes: Buffer.byteLength(text), items: n, extraHeapBytes: after - before, ms }));
