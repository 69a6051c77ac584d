/**
 * A generated package installs anywhere: `npm pack`, `npm install --offline` of the tarball into a
 * scratch project, then use from plain JavaScript (node, ESM) against a local fake server and the
 * mock, and from TypeScript (type-checked with the repository's compiler).
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
    expect(pkg.exports).toMatchObject({ '.': { types: './dist/index.d.ts', import: './dist/index.js' } });
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.dependencies).toBeUndefined();
    const installed = readdirSync(join(work, 'node_modules', 'tpclient', 'dist'));
    expect(installed).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'mock.js', 'mock.d.ts']));
    // Only the build ships: no TypeScript sources in the tarball.
    expect(readdirSync(join(work, 'node_modules', 'tpclient')).filter((f) => f.endsWith('.ts'))).toEqual([]);
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
    const good = `import { createClient, createMockFetch, type GetChatRequestByConnectionIdResult } from 'tpclient';
const mock = createMockFetch({ overrides: { getChatRequestByConnectionId: { fault: { message: 'x' } } } });
const r: GetChatRequestByConnectionIdResult | undefined = await createClient({ fetch: mock }).getChatRequestByConnectionId({ ChatConnectionIDBD: '1' });
export { r };\n`;
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
});
