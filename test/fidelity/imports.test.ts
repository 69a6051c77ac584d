import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadService } from '../../generator/pipeline.js';
import { run, scratch } from '../errors/cli-run.js';
import { complex, parse, TNS, wsdl } from '../parsers/wsdl-helpers.js';

/**
 * Generation is hermetic: imports resolve under the spec's own folder (or configured roots);
 * absolute paths, `file:` URLs and remote URLs are errors naming the line unless explicitly
 * allowed. Built-in namespaces (SOAP encoding, xml:, XML Schema…) are never fetched.
 */

const importing = (location: string, ns = 'urn:other') => `<?xml version="1.0"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${TNS}">
  <wsdl:types>
    <xs:schema targetNamespace="${TNS}">
      <xs:import namespace="${ns}" schemaLocation="${location}"/>
    </xs:schema>
  </wsdl:types>
</wsdl:definitions>
`;

const OTHER = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other"><xs:complexType name="Thing"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType></xs:schema>`;

let server: Server;
let hits = 0;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.setHeader('content-type', 'text/xml');
    res.end(OTHER);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

function folderWith(files: Record<string, string>): string {
  const dir = scratch('svcgen-imports-');
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), t);
  }
  return dir;
}

describe('hermetic imports', () => {
  test('a remote import is an error naming the line, and nothing is fetched', async () => {
    const dir = folderWith({ 'main.wsdl': importing(`${base}/x.xsd`) });
    hits = 0;
    const s = await loadService(['main.wsdl'], { cwd: dir });
    const e = s.diagnostics.find((d) => d.code === 'SVC152');
    expect(e).toMatchObject({ severity: 'error', loc: { file: 'main.wsdl', line: 5 } });
    expect(e!.message).toContain('a remote URL');
    expect(e!.message).toContain('--allow-remote-imports');
    expect(hits).toBe(0);
  });

  test('file: URLs, absolute paths and ../ escapes are refused, and the file is never read', async () => {
    for (const loc of ['file:///etc/passwd', '/etc/passwd', '../outside.xsd', 'sub/../../outside.xsd']) {
      const dir = folderWith({ 'spec/main.wsdl': importing(loc), 'outside.xsd': OTHER });
      const s = await loadService(['spec/main.wsdl'], { cwd: dir });
      const errs = s.diagnostics.filter((d) => d.severity === 'error');
      expect(errs, loc).toHaveLength(1);
      expect(errs[0]).toMatchObject({ code: 'SVC152', loc: { file: 'spec/main.wsdl', line: 5, column: 7 } });
      // Never read: no "malformed XML" from /etc/passwd, no type from outside.xsd.
      expect(s.diagnostics.some((d) => d.code === 'SVC103')).toBe(false);
      expect(s.types.some((t) => t.name === 'Thing')).toBe(false);
    }
  });

  test('relative imports under the spec folder and under a configured root are read', async () => {
    const dir = folderWith({ 'spec/main.wsdl': importing('xsd/other.xsd'), 'spec/xsd/other.xsd': OTHER });
    const s = await loadService(['spec/main.wsdl'], { cwd: dir });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.types.map((t) => t.name)).toContain('Thing');

    const shared = folderWith({ 'spec/main.wsdl': importing('../common/other.xsd'), 'common/other.xsd': OTHER });
    const refused = await loadService(['spec/main.wsdl'], { cwd: shared });
    expect(refused.diagnostics.map((d) => d.code)).toContain('SVC152');
    const rooted = await loadService(['spec/main.wsdl'], { cwd: shared, importRoots: ['common'] });
    expect(rooted.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rooted.types.map((t) => t.name)).toContain('Thing');
  });

  test('a symbolic link inside the folder cannot lead outside it', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = folderWith({ 'spec/main.wsdl': importing('link/other.xsd'), 'elsewhere/other.xsd': OTHER });
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'spec/link'), 'dir');
    const s = await loadService(['spec/main.wsdl'], { cwd: dir });
    expect(s.diagnostics.map((d) => d.code)).toContain('SVC152');
    expect(s.types.some((t) => t.name === 'Thing')).toBe(false);
  });

  test('the CLI refuses by default and --allow-remote-imports fetches', async () => {
    const dir = folderWith({ 'main.wsdl': importing(`${base}/x.xsd`) });
    hits = 0;
    const refused = await run(['generate', join(dir, 'main.wsdl'), '--out', join(dir, 'out'), '--no-format']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/main\.wsdl:5:7: error SVC152: import "http:\/\/127\.0\.0\.1:\d+\/x\.xsd" refused: a remote URL/);
    expect(hits).toBe(0);
    const allowed = await run(['ir', join(dir, 'main.wsdl'), '--allow-remote-imports']);
    expect(allowed.out).not.toContain('SVC152');
    expect(hits).toBe(1);
    expect(allowed.out).toContain('"name": "Thing"');
  });

  test('config importRoots are honoured by generate', async () => {
    const dir = folderWith({ 'spec/main.wsdl': importing('../common/other.xsd'), 'common/other.xsd': OTHER });
    writeFileSync(join(dir, 'svcgen.config.json'), JSON.stringify({ out: 'gen', services: { s: { specs: ['spec/main.wsdl'] } } }));
    const refused = await run(['generate', '--config', join(dir, 'svcgen.config.json'), '--no-format', '--check']);
    expect(refused.err).toContain('SVC152');
    writeFileSync(join(dir, 'svcgen.config.json'), JSON.stringify({ out: 'gen', importRoots: ['common'], services: { s: { specs: ['spec/main.wsdl'] } } }));
    const ok = await run(['generate', '--config', join(dir, 'svcgen.config.json'), '--no-format', '--check']);
    expect(ok.err).not.toContain('SVC152');
  });
});

describe('built-in namespaces', () => {
  const ENC12 = 'http://www.w3.org/2003/05/soap-encoding';
  const types = `
    <s:import namespace="http://schemas.xmlsoap.org/soap/encoding/" schemaLocation="http://schemas.xmlsoap.org/soap/encoding/"/>
    <s:import namespace="${ENC12}" schemaLocation="http://www.w3.org/2003/05/soap-encoding"/>
    <s:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="http://www.w3.org/2001/xml.xsd"/>
    <s:import namespace="http://schemas.xmlsoap.org/wsdl/" schemaLocation="http://schemas.xmlsoap.org/wsdl/"/>
    <s:complexType name="Rec" xmlns:enc="${ENC12}" xmlns:xml="http://www.w3.org/XML/1998/namespace">
      <s:sequence>
        <s:element name="n" type="s:int"/>
        <s:element ref="soapenc:string"/>
        <s:element name="coord" type="soapenc:arrayCoordinate"/>
      </s:sequence>
      <s:attributeGroup ref="enc:commonAttributes"/>
      <s:attributeGroup ref="enc:arrayAttributes"/>
      <s:attributeGroup ref="soapenc:commonAttributes"/>
      <s:attributeGroup ref="xml:specialAttrs"/>
      <s:attribute ref="soapenc:root"/>
      <s:attribute ref="enc:nodeType"/>
    </s:complexType>`;

  test('are never fetched and leave no definition missing', async () => {
    const s = await parse(wsdl(types, ''));
    expect(s.reads).toEqual([]);
    expect(s.diagnostics).toEqual([]);
    const rec = complex(s, 'Rec');
    expect(rec.fields.map((f) => `${f.fieldKind === 'attribute' ? '@' : ''}${f.name}:${f.type.kind === 'primitive' ? f.type.name : f.type.kind}`)).toEqual([
      'n:int', 'string:string', 'coord:string', '@lang:string', '@space:string', '@base:string', '@id:string',
    ]);
  });

  test('a service importing the SOAP encoding schema generates under --strict', async () => {
    const dir = folderWith({ 'main.wsdl': wsdl(types, '') });
    const r = await run(['generate', join(dir, 'main.wsdl'), '--out', join(dir, 'out'), '--no-format', '--strict']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
