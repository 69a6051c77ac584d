import { existsSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { helpPage, seedPath } from '../helpers/data.js';
import { diagnosticLines, run, scratch, wsdl } from './cli-run.js';

/**
 * Bad and hostile inputs on the command line: each is refused with
 * `file:line:column: error CODE: message`, exit 1 (spec) or 2 (usage), no stack trace, nothing
 * written; warnings are counted and `--strict` turns them into errors.
 */

function file(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Generates `spec` into a fresh folder; returns the result and the folder. */
async function generate(spec: string, ...extra: string[]) {
  const dir = join(scratch(), 'out');
  const r = await run(['generate', spec, '--out', dir, '--name', 'pkg', '--no-format', ...extra]);
  return { ...r, dir };
}

function expectRefused(r: { code: number; err: string; out: string }, code: string, where: RegExp) {
  expect(r.code).toBe(1);
  const lines = diagnosticLines(r.err).filter((l) => l.includes(`error ${code}:`));
  expect(lines.length, r.err).toBeGreaterThan(0);
  expect(lines[0]).toMatch(where);
  expect(r.err).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  expect(r.err).not.toMatch(/internal error/);
}

describe('inputs that are not a spec', () => {
  test('an empty file (whitespace only)', async () => {
    const spec = file(scratch(), 'empty.wsdl', ' \n\t\n');
    const r = await generate(spec);
    expectRefused(r, 'SVC100', /empty\.wsdl:1:1: error SVC100: the file is empty/);
    expect(existsSync(r.dir)).toBe(false);
  });

  test('a binary file (a PNG saved as .wsdl)', async () => {
    const spec = file(scratch(), 'logo.wsdl', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectRefused(await generate(spec), 'SVC101', /logo\.wsdl:\d+:\d+: error SVC101: the file is binary .*offset \d+/);
  });

  test('a UTF-16 file is read as text, not as binary', async () => {
    const text = readFileSync(seedPath('000_18db1e799f7d8e75.txt'), 'utf8');
    const spec = file(scratch(), 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await generate(spec);
    expect(r.code, r.err).toBe(0);
  });

  test('a text in no known format names every format tried', async () => {
    const spec = file(scratch(), 'notes.txt', '\n\nMeeting notes: the SOAP service moves next week.\n');
    const r = await generate(spec);
    expectRefused(r, 'SVC102', /notes\.txt:3:1: error SVC102: /);
    for (const f of ['WSDL 1.1', 'XML Schema', 'ASMX help page', 'Web API help page', 'sample SOAP envelopes']) expect(r.err).toContain(f);
  });

  test('an HTML error page where a WSDL was expected', async () => {
    const page = `<!DOCTYPE html>\n<html><head><title>Runtime Error</title></head>\n<body><h1>Server Error in '/' Application.</h1><p>HTTP 500 Internal Server Error</p></body></html>\n`;
    const r = await generate(file(scratch(), 'Service.wsdl', page));
    expectRefused(r, 'SVC102', /Service\.wsdl:1:1: error SVC102: an HTML page titled "Runtime Error" \(it looks like an HTTP 500 error page\), not a format svcgen reads; tried: /);
  });

  test('a ServiceStack page that imitates an ASMX help page', async () => {
    const path = helpPage('lookalike_servicestack_peraadministrators_soap11_AttachmentUserlessRequest.txt');
    const r = await generate(path);
    expectRefused(r, 'SVC140', /lookalike_servicestack_[^:]+\.txt:1:1: error SVC140: this is not an ASMX help page but a ServiceStack/);
    expect(r.err).toMatch(/WSDL/);
  });
});

describe('malformed XML', () => {
  test('a mismatched end tag: line:column and what was expected', async () => {
    const text = wsdl({ schema: '      <xs:element name="A"><xs:complexType><xs:sequence></xs:sequense></xs:complexType></xs:element>' });
    const r = await generate(file(scratch(), 'mismatch.wsdl', text));
    const line = text.split('\n').findIndex((l) => l.includes('</xs:sequense>')) + 1;
    const column = text.split('\n')[line - 1].indexOf('</xs:sequense>') + 1;
    expectRefused(r, 'SVC103', new RegExp(`mismatch\\.wsdl:${line}:${column}: error SVC103: expected </xs:sequence> .*found </xs:sequense>`));
  });

  test('a WSDL cut off in the middle of a tag', async () => {
    const text = wsdl({ schema: '      <xs:element name="A" type="xs:string"/>' });
    const cut = text.slice(0, text.indexOf('<xs:element') + 12);
    const r = await generate(file(scratch(), 'cut.wsdl', cut));
    expectRefused(r, 'SVC103', /cut\.wsdl:\d+:\d+: error SVC103: /);
  });
});

describe('XML safety: nothing outside the file is ever read', () => {
  test('an external entity (XXE) is refused and the file it names never appears', async () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE wsdl:definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:x"><wsdl:documentation>&xxe;</wsdl:documentation></wsdl:definitions>\n`;
    const r = await generate(file(scratch(), 'xxe.wsdl', text));
    expectRefused(r, 'SVC120', /xxe\.wsdl:2:1: error SVC120: DOCTYPE with ENTITY declarations is not accepted/);
    expect(r.err + r.out).not.toMatch(/root:/);
  });

  test('an external DTD is never read: a warning, an error under --strict', async () => {
    const dir = scratch();
    const secret = file(dir, 'secret.dtd', '<!ENTITY leak "TOP-SECRET-CONTENT">');
    const text = wsdl({ body: '' }).replace('<wsdl:definitions', `<!DOCTYPE wsdl:definitions SYSTEM "file://${secret}">\n<wsdl:definitions`);
    const spec = file(dir, 'dtd.wsdl', text);
    const r = await generate(spec);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/dtd\.wsdl:2:1: warning SVC120: DOCTYPE ignored/);
    for (const f of readdirSync(join(r.dir, 'pkg'))) if (/\.(?:ts|js)$/.test(f)) expect(readFileSync(join(r.dir, 'pkg', f), 'utf8')).not.toContain('TOP-SECRET');
    const strict = await generate(spec, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/warnings count as errors under --strict/);
    expect(existsSync(strict.dir)).toBe(false);
  });

  test('a billion-laughs entity bomb is refused at once', async () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:x"><wsdl:documentation>&lol10;</wsdl:documentation></wsdl:definitions>\n`;
    const started = performance.now();
    const r = await generate(file(scratch(), 'bomb.wsdl', text));
    expect(performance.now() - started).toBeLessThan(2000);
    expectRefused(r, 'SVC120', /bomb\.wsdl:2:1: error SVC120: /);
  });

  test('an undeclared entity reference is an error, not an expansion', async () => {
    const text = wsdl({ body: '<wsdl:documentation>&nbsp;&secret;</wsdl:documentation>' });
    const r = await generate(file(scratch(), 'ent.wsdl', text));
    expectRefused(r, 'SVC103', /ent\.wsdl:\d+:\d+: error SVC103: unknown entity "&nbsp;"/);
  });
});

describe('sizes and files', () => {
  test('an input above the default --max-input-bytes (64 MB) is refused before it is read', async () => {
    const path = join(scratch(), 'huge.wsdl');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 64 * 1024 * 1024 + 1);
    closeSync(fd);
    const started = performance.now();
    const r = await generate(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expectRefused(r, 'SVC104', /huge\.wsdl:1:1: error SVC104: the file is 67108865 bytes, above the limit of 67108864 bytes \(raise it with --max-input-bytes\)/);
  });

  test('a missing spec file or a directory is a usage error (exit 2)', async () => {
    const dir = scratch();
    const missing = await run(['ir', join(dir, 'nope.wsdl')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.wsdl:1:1: error SVC200: cannot read .*no such file/);
    mkdirSync(join(dir, 'folder.wsdl'));
    const folder = await run(['ir', join(dir, 'folder.wsdl')]);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/error SVC200: cannot read .*it is a directory/);
    expect(folder.err).not.toMatch(/internal error/);
  });

  test.each([
    ['not JSON', '{ services: '],
    ['services null', '{"services": null}'],
    ['a spec that is not a path', '{"services": {"a": {"specs": [42]}}}'],
    ['operations not a list', '{"services": {"a": {"specs": ["x.wsdl"], "operations": "Get"}}}'],
  ])('a broken config (%s) is a usage error', async (_what, json) => {
    const dir = scratch();
    const r = await run(['generate', '--config', file(dir, 'svcgen.config.json', json)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/svcgen: .*svcgen\.config\.json/);
    expect(r.err).not.toMatch(/internal error/);
  });
});

describe('duplicate operation names', () => {
  const port = (p: string) => `
  <wsdl:message name="Get${p}In"><wsdl:part name="parameters" element="tns:Get${p}"/></wsdl:message>
  <wsdl:message name="Get${p}Out"><wsdl:part name="parameters" element="tns:Get${p}Response"/></wsdl:message>
  <wsdl:portType name="Port${p}"><wsdl:operation name="Get"><wsdl:input message="tns:Get${p}In"/><wsdl:output message="tns:Get${p}Out"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="Bind${p}" type="tns:Port${p}"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Get"><soap:operation soapAction="urn:t/${p}/Get"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation></wsdl:binding>`;
  const schema = ['A', 'B'].map((p) => `      <xs:element name="Get${p}"><xs:complexType><xs:sequence><xs:element name="${p}" type="xs:int"/></xs:sequence></xs:complexType></xs:element>\n      <xs:element name="Get${p}Response"><xs:complexType/></xs:element>`).join('\n');
  const text = wsdl({
    schema,
    body: `${port('A')}${port('B')}\n  <wsdl:service name="S"><wsdl:port name="PA" binding="tns:BindA"><soap:address location="http://h/a"/></wsdl:port><wsdl:port name="PB" binding="tns:BindB"><soap:address location="http://h/b"/></wsdl:port></wsdl:service>`,
  });

  // Decision: both operations are kept; the later one takes its input (or input message) name,
  // else a numeric suffix, and SVC131 names both places (an error under --strict).
  test('two ports giving the same name: both kept, the second renamed deterministically, SVC131 with both locations', async () => {
    const spec = file(scratch(), 'dup.wsdl', text);
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('<wsdl:portType name="PortA"')) + 1;
    const second = lines.findIndex((l) => l.includes('<wsdl:portType name="PortB"')) + 1;
    const r = await run(['ir', spec]);
    expect(r.code).toBe(0);
    const ir = JSON.parse(r.out) as { operations: { name: string; soapAction?: string }[]; diagnostics: { code: string; message: string; loc: { line: number }; related?: { line: number } }[] };
    expect(ir.operations.map((o) => [o.name, o.soapAction])).toEqual([
      ['Get', 'urn:t/A/Get'],
      ['GetBIn', 'urn:t/B/Get'],
    ]);
    const dup = ir.diagnostics.find((d) => d.code === 'SVC131')!;
    expect(dup.message).toMatch(/operation Get is overloaded; this one is named GetBIn/);
    expect(dup.loc.line).toBe(second);
    expect(dup.related?.line).toBe(first);
    const g = await generate(spec);
    expect(g.code).toBe(0);
    expect(g.err).toMatch(new RegExp(`dup\\.wsdl:${second}:\\d+: warning SVC131: .* \\(see also .*dup\\.wsdl:${first}:\\d+\\)`));
    expect(g.out).toMatch(/1 warning/);
    expect((await generate(spec, '--strict')).code).toBe(1);
  });

  test('the same operation on two pages is one operation, merged', async () => {
    const seed = seedPath('003_2ef636b388e450eb.txt');
    const dir = scratch();
    const copy = file(dir, 'again.txt', readFileSync(seed, 'utf8'));
    const r = await run(['ir', seed, copy]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { operations: unknown[] }).operations).toHaveLength(1);
  });
});

describe('warnings', () => {
  test('are printed with their location and counted; --strict makes them errors and writes nothing', async () => {
    const seed = seedPath('000_18db1e799f7d8e75.txt');
    const text = readFileSync(seed, 'utf8');
    const spec = file(scratch(), 'cut.txt', text.slice(0, Math.floor(text.length * 0.6)));
    const r = await generate(spec);
    expect(r.code).toBe(0);
    const warnings = diagnosticLines(r.err).filter((l) => / warning SVC/.test(l));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.some((l) => /warning SVC110: /.test(l))).toBe(true);
    expect(r.out).toContain(`(${warnings.length} warning(s))`);
    const strict = await generate(spec, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(`svcgen: ${warnings.length} error(s) (warnings count as errors under --strict); nothing was written.`);
    expect(existsSync(strict.dir)).toBe(false);
  });
});
