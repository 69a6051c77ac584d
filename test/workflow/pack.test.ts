/**
 * A generated package installs anywhere: `npm pack`, `npm install --offline` of the tarball into a
 * scratch project, then use from plain JavaScript (node, ESM and CommonJS, the latter without
 * require(esm)) against a local fake server and the mock, from TypeScript under NodeNext, Bundler
 * and Node16 with a `.cts` file (type-checked with the repository's compiler), bundled by esbuild,
 * and under Jest 29 with its default configuration (CommonJS, babel-jest).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NODE_FLOOR } from '../../generator/emit/core/build-js.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkgDir = join(root, 'generated', 'tpclient');
const work = mkdtempSync(join(tmpdir(), 'svcgen-pack-'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });

const RESPONSE = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/"><GetChatRequestByConnectionIdResult><ChatRequest><IdRequest>5</IdRequest><CaseNumber>77</CaseNumber>
<CreationDate>2024-01-01T00:00:00</CreationDate><IdQueue>1</IdQueue><KeepAliveRouterDate>2024-01-01T00:00:00</KeepAliveRouterDate><AssignAgentRouterDate>2024-01-01T00:00:00</AssignAgentRouterDate>
<IdConnection>9</IdConnection><IdRequestTransfer>0</IdRequestTransfer><UserOffsetTime>0</UserOffsetTime></ChatRequest></GetChatRequestByConnectionIdResult></GetChatRequestByConnectionIdResponse></soap:Body></soap:Envelope>`;

let server: ReturnType<typeof createServer>;
let url = '';
let received = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received = body;
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' }).end(RESPONSE);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/semp/TPClientWebServicesAPI.asmx`;
  const tarball = npm(['pack', pkgDir, '--pack-destination', work, '--silent'], work).trim().split('\n').pop() ?? '';
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', `./${tarball}`], work);
}, 120_000);
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('packed package', () => {
  test('package.json: version, exports into dist, types, no side effects, no dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(work, 'node_modules', 'tpclient', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.exports).toMatchObject({
      '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' } },
    });
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.main).toBe('./dist/cjs/index.js');
    expect(pkg.engines).toEqual({ node: NODE_FLOOR });
    expect(JSON.parse(readFileSync(join(work, 'node_modules', 'tpclient', 'dist', 'cjs', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.dependencies).toBeUndefined();
    const installed = readdirSync(join(work, 'node_modules', 'tpclient', 'dist'));
    expect(installed).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'mock.js', 'operations.d.ts']));
    expect(readdirSync(join(work, 'node_modules', 'tpclient', 'dist', 'cjs'))).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'mock.js', 'mock.d.ts', 'types.d.ts', 'descriptors.d.ts']));
    // One set of declarations, under dist/cjs/: the ES entry points re-export it.
    expect(installed.filter((f) => f.endsWith('.d.ts')).sort()).toEqual(['index.d.ts', 'operations.d.ts']);
    expect(readdirSync(join(work, 'node_modules', 'tpclient', 'dist', 'runtime')).filter((f) => f.endsWith('.d.ts'))).toEqual([]);
    // The data module ships once as an ES module (dist/descriptors.js re-exports it).
    expect(readFileSync(join(work, 'node_modules', 'tpclient', 'dist', 'descriptors.js'), 'utf8')).toBe("export * from '../descriptors.js';\n");
    // Only the build ships (and the data module): no TypeScript sources in the tarball.
    expect(readdirSync(join(work, 'node_modules', 'tpclient')).filter((f) => !f.startsWith('.')).sort()).toEqual(['README.md', 'descriptors.js', 'dist', 'package.json']);
  });

  test('plain JavaScript (node, ESM): a call against a local server and one against the mock', async () => {
    writeFileSync(
      join(work, 'use.mjs'),
      `import { createClient, createMockFetch } from 'tpclient';
const live = createClient({ endpoint: process.argv[2] });
const r = await live.getChatRequestByConnectionId({ ChatConnectionIDBD: 'abc' });
const mocked = await createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({});
console.log(JSON.stringify({ caseNumber: r.ChatRequest.CaseNumber, mocked: mocked.ChatRequest.UserName }));`,
    );
    // Asynchronously: the fake server answers from this thread.
    const { stdout: out } = await promisify(execFile)(process.execPath, [join(work, 'use.mjs'), url], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ caseNumber: 77, mocked: 'string' });
    expect(received).toContain('<ChatConnectionIDBD>abc</ChatConnectionIDBD>');
  });

  test('TypeScript consumer type-checks against the shipped declarations (and a wrong call does not)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = ['--noEmit', '--strict', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM'];
    const good = `import { createClient, createMockFetch, descriptors, type GetChatRequestByConnectionIdResult } from 'tpclient';
import { connect, getChatRequestByConnectionId } from 'tpclient/operations';
const mock = createMockFetch({ overrides: { getChatRequestByConnectionId: { fault: { message: 'x' } } } });
const r: GetChatRequestByConnectionIdResult | undefined = await createClient({ fetch: mock }).getChatRequestByConnectionId({ ChatConnectionIDBD: '1' });
const one: GetChatRequestByConnectionIdResult | undefined = await getChatRequestByConnectionId(connect({ fetch: mock }), { ChatConnectionIDBD: '1' });
const service: string = descriptors.SERVICE.name;
export { r, one, service };\n`;
    writeFileSync(join(work, 'good.mts'), good);
    expect(() => execFileSync(process.execPath, [tsc, ...args, join(work, 'good.mts')], { cwd: work, encoding: 'utf8' })).not.toThrow();
    writeFileSync(join(work, 'bad.mts'), good.replace("ChatConnectionIDBD: '1'", 'ChatConnectionIDBD: 1'));
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, ...args, join(work, 'bad.mts')], { cwd: work, encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/bad\.mts\(\d+,\d+\): error TS2322/);
  });

  test('CommonJS: require() gives the same client, without require(esm)', async () => {
    writeFileSync(
      join(work, 'use.cjs'),
      `const { createClient, createMockFetch, ValidationError } = require('tpclient');
(async () => {
  const live = await createClient({ endpoint: process.argv[2] }).getChatRequestByConnectionId({ ChatConnectionIDBD: 'cjs' });
  const mocked = await createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({});
  let invalid = '';
  try { await createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({ Nope: 1 }); } catch (e) { invalid = e instanceof ValidationError ? e.code : String(e); }
  console.log(JSON.stringify({ caseNumber: live.ChatRequest.CaseNumber, mocked: mocked.ChatRequest.UserName, invalid }));
})();`,
    );
    // --no-experimental-require-module: a CommonJS consumer on a Node without require(esm) (Node 18,
    // Node 20 before 20.19) loads only CommonJS files.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['--no-experimental-require-module', join(work, 'use.cjs'), url], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ caseNumber: 77, mocked: 'string', invalid: 'VALIDATION' });
    expect(received).toContain('<ChatConnectionIDBD>cjs</ChatConnectionIDBD>');
  });

  const tsc = (args: string[], file: string, cwd = work): string => {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--target', 'ES2022', '--lib', 'ES2022,DOM', ...args, file], { cwd, encoding: 'utf8' });
      return '';
    } catch (e) {
      return String((e as { stdout?: string }).stdout);
    }
  };
  const USE_TS = `import { createClient, createMockFetch, descriptors, type GetChatRequestByConnectionIdResult } from 'tpclient';
import { connect, getChatRequestByConnectionId } from 'tpclient/operations';
export async function run(): Promise<GetChatRequestByConnectionIdResult | undefined> {
  return createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({ ChatConnectionIDBD: '1' });
}
export const one: Promise<GetChatRequestByConnectionIdResult | undefined> = getChatRequestByConnectionId(connect({ fetch: createMockFetch() }), {});
export const service: string = descriptors.SERVICE.name;
`;

  test('TypeScript Node16 with a .cts file (CommonJS) type-checks', () => {
    writeFileSync(join(work, 'use.cts'), USE_TS);
    expect(tsc(['--module', 'Node16', '--moduleResolution', 'Node16'], join(work, 'use.cts'))).toBe('');
    writeFileSync(join(work, 'bad.cts'), USE_TS.replace("ChatConnectionIDBD: '1'", 'ChatConnectionIDBD: 1'));
    expect(tsc(['--module', 'Node16', '--moduleResolution', 'Node16'], join(work, 'bad.cts'))).toMatch(/bad\.cts\(\d+,\d+\): error TS2322/);
  });

  test("Jest 29 with its default configuration runs a test that requires the package", async () => {
    const dir = join(work, 'jest-project');
    execFileSync('mkdir', ['-p', join(dir, 'node_modules')]);
    // A CommonJS project (no "type": "module"), as `npm init` + `npm i -D jest` makes it.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'jest-consumer', private: true, scripts: { test: 'jest' } }));
    execFileSync('ln', ['-s', join(work, 'node_modules', 'tpclient'), join(dir, 'node_modules', 'tpclient')]);
    writeFileSync(
      join(dir, 'client.test.js'),
      `const { createClient, createMockFetch, ValidationError } = require('tpclient');
test('the mock answers with the fixture', async () => {
  const r = await createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({});
  expect(r.ChatRequest.UserName).toBe('string');
  await expect(createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({ Nope: 1 })).rejects.toBeInstanceOf(ValidationError);
});
`,
    );
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--rootDir', dir], { cwd: dir, encoding: 'utf8' });
    expect(stdout + stderr).toMatch(/Tests:\s+1 passed, 1 total/);
  }, 60_000);

  test('TypeScript Bundler resolution type-checks', () => {
    writeFileSync(join(work, 'use-bundler.ts'), USE_TS);
    expect(tsc(['--module', 'ESNext', '--moduleResolution', 'Bundler'], join(work, 'use-bundler.ts'))).toBe('');
  });

  test('an esbuild bundle (browser platform, ESM) runs', async () => {
    writeFileSync(
      join(work, 'entry.mjs'),
      `import { createClient, createMockFetch } from 'tpclient';
const r = await createClient({ fetch: createMockFetch() }).getChatRequestByConnectionId({});
console.log(r.ChatRequest.UserName);`,
    );
    const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
    execFileSync(esbuild, [join(work, 'entry.mjs'), '--bundle', '--platform=browser', '--format=esm', `--outfile=${join(work, 'bundle.mjs')}`, '--log-level=error'], { cwd: work, encoding: 'utf8' });
    const bundle = readFileSync(join(work, 'bundle.mjs'), 'utf8');
    expect(bundle).not.toMatch(/\brequire\(/);
    const { stdout } = await promisify(execFile)(process.execPath, [join(work, 'bundle.mjs')], { cwd: work, encoding: 'utf8' });
    expect(stdout.trim()).toBe('string');
  });
});

test('one Node floor: svcgen and every generated package declare the same engines, and the README states it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
  expect(own.engines.node).toBe(NODE_FLOOR);
  expect(readme).toContain(`Node ${NODE_FLOOR.replace(/^>=/, '')}+ (the one floor`);
  for (const name of readdirSync(join(root, 'generated'))) {
    const pkg = JSON.parse(readFileSync(join(root, 'generated', name, 'package.json'), 'utf8')) as { engines?: unknown };
    expect(pkg.engines, name).toEqual({ node: NODE_FLOOR });
  }
});
