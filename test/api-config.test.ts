/**
 * svcgen as a library and its script configs: `import { generate, loadConfig } from 'svcgen'`,
 * `svcgen.config.ts` with a typed `defineConfig` (checked by TypeScript), `svcgen.config.mjs`,
 * and `generate --watch` regenerating once per burst of changes.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin', 'svcgen.js');
const SEED = join(root, 'specs/plusventa/000_18db1e799f7d8e75.txt');

/** A project with svcgen installed (linked) and the plusventa spec under specs/. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'svcgen-api-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'svcgen'), 'dir');
  mkdirSync(join(dir, 'specs'));
  cpSync(SEED, join(dir, 'specs', 'pv.txt'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const node = async (args: string[], cwd: string) => (await promisify(execFile)(process.execPath, args, { cwd, encoding: 'utf8' })).stdout;

const TS_CONFIG = `import { defineConfig, type ServiceConfig } from 'svcgen';

const pv: ServiceConfig = { specs: ['specs/pv.txt'], packageName: '@acme/pv', license: 'MIT' };

export default defineConfig({ out: 'gen', services: { pv } });
`;

describe('programmatic API', () => {
  test("import { generate, loadConfig } from 'svcgen'", async () => {
    const dir = project({
      'svcgen.config.json': JSON.stringify({ services: { pv: { specs: ['specs/pv.txt'], version: '3.0.0' } } }),
      'use.mjs': `import { generate, loadConfig } from 'svcgen';
const config = await loadConfig();
const result = await generate({ format: false });
console.log(JSON.stringify({ root: config.root, services: config.services.map((s) => [s.folder, s.packageName, s.version]), code: result.code, written: result.written, packages: result.packages.map((p) => [p.folder, p.version]) }));`,
    });
    const out = JSON.parse(await node(['use.mjs'], dir)) as Record<string, unknown>;
    expect(out).toEqual({ root: dir, services: [['pv', 'pv', '3.0.0']], code: 0, written: true, packages: [['pv', '3.0.0']] });
    expect(readdirSync(join(dir, 'generated', 'pv'))).toContain('package.json');
  }, 60_000);

  test('generate() throws a SpecError for an unreadable spec and a UsageError without a config', async () => {
    const dir = project({
      'use.mjs': `import { generate, SpecError, UsageError } from 'svcgen';
const bad = await generate({ specs: ['empty.txt'], out: 'o' }).catch((e) => e);
const missing = await generate({ cwd: '/' }).catch((e) => e);
console.log(JSON.stringify({ spec: bad instanceof SpecError ? bad.diagnostic.code : String(bad), usage: missing instanceof UsageError ? 'usage' : String(missing) }));`,
      'empty.txt': ' \n',
    });
    expect(JSON.parse(await node(['use.mjs'], dir))).toEqual({ spec: 'SVC100', usage: 'usage' });
  }, 60_000);
});

describe('script configs', () => {
  test('svcgen.config.ts with defineConfig, found from a subfolder', async () => {
    const dir = project({ 'svcgen.config.ts': TS_CONFIG });
    mkdirSync(join(dir, 'src'));
    const out = await node([BIN, 'generate', '--no-format'], join(dir, 'src'));
    expect(out).toContain('svcgen: wrote pv');
    expect(JSON.parse(readFileSync(join(dir, 'gen', 'pv', 'package.json'), 'utf8'))).toMatchObject({ name: '@acme/pv', license: 'MIT' });
    // No temporary file is left beside the config.
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 60_000);

  test('defineConfig is typed: TypeScript rejects an unknown key', () => {
    const dir = project({ 'svcgen.config.ts': TS_CONFIG.replace("out: 'gen'", "output: 'gen'") });
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', 'svcgen.config.ts'], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/svcgen\.config\.ts\(\d+,\d+\): error TS(?:2353|2561): Object literal may only specify known properties,.*'output' does not exist in type 'SvcgenConfig'/);
    writeFileSync(join(dir, 'svcgen.config.ts'), TS_CONFIG);
    expect(() => execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', 'svcgen.config.ts'], { cwd: dir, encoding: 'utf8' })).not.toThrow();
  }, 60_000);

  test('svcgen.config.mjs; its unknown keys are refused like JSON ones', async () => {
    const dir = project({ 'svcgen.config.mjs': `export default { services: { pv: { specs: ['specs/pv.txt'], packageName: 'plusventa-client' } } };\n` });
    expect(await node([BIN, 'generate', '--no-format'], dir)).toContain('svcgen: wrote pv');
    expect(JSON.parse(readFileSync(join(dir, 'generated', 'pv', 'package.json'), 'utf8')).name).toBe('plusventa-client');
    writeFileSync(join(dir, 'svcgen.config.mjs'), `export default { services: { pv: { specs: ['specs/pv.txt'], pakageName: 'x' } } };\n`);
    const err = await node([BIN, 'generate'], dir).catch((e: { stderr: string; code: number }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toMatch(/svcgen\.config\.mjs: service "pv": unknown key "services\.pv\.pakageName"; did you mean "services\.pv\.packageName"\?/);
  }, 60_000);
});

describe('--watch', () => {
  test('generates, then once more after a burst of spec changes', async () => {
    const dir = project({ 'svcgen.config.json': JSON.stringify({ services: { pv: { specs: ['specs/pv.txt'] } } }) });
    const child = spawn(process.execPath, [BIN, 'generate', '--watch', '--no-format'], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const waitFor = async (pred: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; ) {
        if (pred()) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out; stdout: ${out}\nstderr: ${err}`);
    };
    const runs = () => out.split('svcgen: wrote pv').length - 1;
    try {
      await waitFor(() => runs() === 1 && err.includes('watching'), 60_000);
      // Three quick edits (a description word changed each time): one regeneration.
      for (const word of ['first', 'second', 'third']) {
        appendFileSync(join(dir, 'specs', 'pv.txt'), `\n${word}\n`);
        await new Promise((r) => setTimeout(r, 30));
      }
      await waitFor(() => runs() === 2 && err.split('watching').length - 1 === 2, 60_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(runs()).toBe(2);
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(0);
  }, 120_000);

  test('an XSD imported from a subfolder is an input: editing it regenerates', async () => {
    const dir = project({ 'svcgen.config.json': JSON.stringify({ services: { imp: { specs: ['specs/imp.wsdl'] } } }) });
    mkdirSync(join(dir, 'specs', 'xsd'));
    writeFileSync(join(dir, 'specs', 'imp.wsdl'), IMPORTING_WSDL);
    writeFileSync(join(dir, 'specs', 'xsd', 'types.xsd'), IMPORTED_XSD);
    const { generate } = await import('../generator/api.js');
    const result = await generate({ cwd: dir, check: true });
    expect(result.inputs).toEqual([join(dir, 'specs', 'imp.wsdl'), join(dir, 'specs', 'xsd', 'types.xsd')]);

    const child = spawn(process.execPath, [BIN, 'generate', '--watch', '--no-format'], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const runs = () => out.split('svcgen: wrote imp').length - 1;
    const waitFor = async (pred: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; ) {
        if (pred()) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out; stdout: ${out}\nstderr: ${err}`);
    };
    try {
      await waitFor(() => runs() === 1 && err.includes('watching'), 60_000);
      writeFileSync(join(dir, 'specs', 'xsd', 'types.xsd'), IMPORTED_XSD.replace('<xs:element name="Name" type="xs:string"/>', '<xs:element name="Name" type="xs:string"/><xs:element name="Age" type="xs:int"/>'));
      await waitFor(() => runs() === 2, 60_000);
      expect(readFileSync(join(dir, 'generated', 'imp', 'types.ts'), 'utf8')).toMatch(/Age\??: number/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await new Promise<number | null>((r) => child.on('exit', (c) => r(c)))).toBe(0);
  }, 120_000);
});

const IMPORTING_WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:imp" targetNamespace="urn:imp">
  <wsdl:types>
    <xs:schema targetNamespace="urn:imp"><xs:import namespace="urn:imp:types" schemaLocation="xsd/types.xsd"/></xs:schema>
  </wsdl:types>
  <wsdl:message name="GetIn"><wsdl:part name="parameters" element="t:Get" xmlns:t="urn:imp:types"/></wsdl:message>
  <wsdl:message name="GetOut"><wsdl:part name="parameters" element="t:GetResponse" xmlns:t="urn:imp:types"/></wsdl:message>
  <wsdl:portType name="ImpPort"><wsdl:operation name="Get"><wsdl:input message="tns:GetIn"/><wsdl:output message="tns:GetOut"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="ImpBinding" type="tns:ImpPort">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Get"><soap:operation soapAction="urn:imp/Get"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="Imp"><wsdl:port name="ImpPort" binding="tns:ImpBinding"><soap:address location="http://localhost/imp"/></wsdl:port></wsdl:service>
</wsdl:definitions>
`;

const IMPORTED_XSD = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:imp:types" elementFormDefault="qualified">
  <xs:element name="Get"><xs:complexType><xs:sequence><xs:element name="Id" type="xs:int"/></xs:sequence></xs:complexType></xs:element>
  <xs:element name="GetResponse"><xs:complexType><xs:sequence><xs:element name="Name" type="xs:string"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>
`;
