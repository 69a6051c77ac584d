import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { pull, PULL_MANIFEST, PullError, pulledSpecs, type PullManifest } from '../../generator/commands/pull.js';
import { send, startServer, type TestServer } from './server.js';

const list = `<html><body><p class="heading1">S</p>
<a href="S.asmx?op=Alpha">Alpha</a> <a href="/svc/S.asmx?op=Beta">Beta</a> <a href="S.asmx?op=Alpha">again</a>
<a href="http://other.example/svc/S.asmx?op=Gamma">elsewhere</a> <a href="S.asmx?WSDL">Service Description</a></body></html>`;
// A Latin-1 byte (0xE9) checks that files are kept byte for byte.
const alpha = Buffer.concat([Buffer.from('<html>Alpha caf'), Buffer.from([0xe9]), Buffer.from('</html>')]);
const wsdl = `<?xml version="1.0"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:s="http://www.w3.org/2001/XMLSchema">
<wsdl:types><s:schema><s:import namespace="urn:t" schemaLocation="types.xsd?v=1&amp;x=2" /><s:include schemaLocation='http://other.example/far.xsd'/></s:schema></wsdl:types>
<wsdl:import namespace="urn:w" location="/svc/S.asmx?wsdl=wsdl1"/></wsdl:definitions>\n`;
const types = `<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema"><s:include schemaLocation="common.xsd"/><s:import schemaLocation="/svc/types.xsd?v=1&amp;x=2"/></s:schema>`;
const common = `<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema"><!-- common --></s:schema>`;
const wsdl1 = `<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"><!-- part --></wsdl:definitions>`;

let server: TestServer;
let work: string;
const fixed = () => new Date('2024-05-06T07:08:09.000Z');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'svcgen-pull-'));
  server = await startServer({
    '/svc/S.asmx': list,
    '/svc/S.asmx?op=Alpha': alpha,
    '/svc/S.asmx?op=Beta': (_q, res, hit) => send(hit <= 2 ? 'busy' : '<html>Beta</html>', 'text/html', hit <= 2 ? 503 : 200)(_q, res, hit),
    '/svc/S.asmx?wsdl': send(wsdl, 'text/xml'),
    '/svc/types.xsd?v=1&x=2': send(types, 'text/xml'),
    '/svc/common.xsd': send(common, 'text/xml'),
    '/svc/S.asmx?wsdl=wsdl1': send(wsdl1, 'text/xml'),
    '/Help': '<a href="/Help/Api/GET-api-roles">r</a><a href="Help/Api/POST-api-roles">p</a><a href="http://other.example/Help/Api/GET-x">x</a><a href="/Help/ResourceModel?modelName=Role">Role</a>',
    '/Help/Api/GET-api-roles': '<a href="/Help/ResourceModel?modelName=Role">Role</a><a href="/Help">back</a>',
    '/Help/Api/POST-api-roles': '<a href="/Help/ResourceModel?modelName=RoleInput">RoleInput</a>',
    '/Help/ResourceModel?modelName=Role': '<a href="/Help/ResourceModel?modelName=Permission">Permission</a>',
    '/Help/ResourceModel?modelName=RoleInput': 'input',
    '/Help/ResourceModel?modelName=Permission': 'perm',
    '/flaky': (_q, res) => res.destroy(),
  });
});
afterAll(() => server.close());

const opts = { retryDelayMs: 1, now: fixed };

describe('svcgen pull (ASMX)', () => {
  test('saves the service page, each operation page and the WSDL with its imports, rewritten to local files', async () => {
    server.hits.clear();
    const out = join(work, 'asmx');
    const r = await pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, ...opts });
    const dir = join(out, 's');
    const m = JSON.parse(readFileSync(join(dir, PULL_MANIFEST), 'utf8')) as PullManifest;
    expect(m).toEqual(r.manifest);
    expect(m.pulledAt).toBe('2024-05-06T07:08:09.000Z');
    expect(m.files.map((f) => [f.file, f.role])).toEqual([
      ['service.html', 'operation-list'],
      ['op-Alpha.html', 'operation'],
      ['op-Beta.html', 'operation'],
      ['service.wsdl', 'wsdl'],
      ['schema-types.xsd', 'schema'],
      ['schema-common.xsd', 'schema'],
      ['schema-wsdl1.wsdl', 'schema'],
    ]);
    expect(readdirSync(dir).sort()).toEqual([...m.files.map((f) => f.file), PULL_MANIFEST].sort());
    // Byte for byte, except the rewritten locations.
    expect(readFileSync(join(dir, 'op-Alpha.html')).equals(alpha)).toBe(true);
    expect(readFileSync(join(dir, 'service.html'), 'utf8')).toBe(list);
    const savedWsdl = readFileSync(join(dir, 'service.wsdl'), 'utf8');
    expect(savedWsdl).toBe(wsdl.replace('types.xsd?v=1&amp;x=2', 'schema-types.xsd').replace('/svc/S.asmx?wsdl=wsdl1', 'schema-wsdl1.wsdl'));
    expect(readFileSync(join(dir, 'schema-types.xsd'), 'utf8')).toBe(types.replace('common.xsd', 'schema-common.xsd').replace('/svc/types.xsd?v=1&amp;x=2', 'schema-types.xsd'));
    // Only same-origin links were followed; the remote include is noted and kept.
    expect(m.notes.join('\n')).toContain('http://other.example/far.xsd');
    expect([...server.hits.keys()].some((k) => k.includes('Gamma'))).toBe(false);
    // Transient 503s were retried (twice), then the page was saved.
    expect(server.hits.get('/svc/S.asmx?op=Beta')).toBe(3);
    expect(readFileSync(join(dir, 'op-Beta.html'), 'utf8')).toBe('<html>Beta</html>');
    expect(m.files.find((f) => f.file === 'op-Alpha.html')?.bytes).toBe(alpha.length);
    expect(pulledSpecs(m)).toEqual(['service.html', 'op-Alpha.html', 'op-Beta.html', 'service.wsdl']);
  });

  test('retries are bounded: a service that stays unavailable fails the pull and writes nothing', async () => {
    server.routes.set('/down.asmx', send('down', 'text/plain', 503));
    server.hits.clear();
    const out = join(work, 'down');
    await expect(pull({ url: `${server.url}/down.asmx`, name: 'd', out, retries: 2, ...opts })).rejects.toThrow(/HTTP 503/);
    expect(server.hits.get('/down.asmx')).toBe(3);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test('network errors are retried, then reported', async () => {
    server.hits.clear();
    await expect(pull({ url: `${server.url}/flaky`, name: 'f', out: join(work, 'flaky'), kind: 'asmx', retries: 1, ...opts })).rejects.toThrow(/failed after 2 attempt/);
    expect(server.hits.get('/flaky')).toBe(2);
  });

  test('page and byte limits stop the pull before anything is written', async () => {
    const out = join(work, 'limits');
    await expect(pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, maxPages: 2, ...opts })).rejects.toThrow(/page limit reached \(2\)/);
    await expect(pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, maxBytes: 300, ...opts })).rejects.toThrow(/byte limit reached/);
    expect(existsSync(join(out, 's'))).toBe(false);
  });

  test('a failed pull leaves the previous snapshot untouched and no temporary folder behind', async () => {
    const out = join(work, 'atomic');
    await pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, ...opts });
    const before = readFileSync(join(out, 's', PULL_MANIFEST), 'utf8');
    server.routes.set('/svc/S.asmx?op=Alpha', send('gone', 'text/plain', 404));
    try {
      await expect(pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, ...opts, now: () => new Date(0) })).rejects.toBeInstanceOf(PullError);
    } finally {
      server.routes.set('/svc/S.asmx?op=Alpha', send(alpha));
    }
    expect(readFileSync(join(out, 's', PULL_MANIFEST), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['s']);
    // A successful pull replaces the snapshot.
    await pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, ...opts, now: () => new Date(0) });
    expect(JSON.parse(readFileSync(join(out, 's', PULL_MANIFEST), 'utf8')).pulledAt).toBe('1970-01-01T00:00:00.000Z');
    expect(readdirSync(out)).toEqual(['s']);
  });

  test('refuses to replace a folder it did not make unless forced', async () => {
    const out = join(work, 'hand');
    mkdirSync(join(out, 's'), { recursive: true });
    writeFileSync(join(out, 's', 'mine.txt'), 'keep');
    await expect(pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, ...opts })).rejects.toThrow(/--force/);
    expect(readFileSync(join(out, 's', 'mine.txt'), 'utf8')).toBe('keep');
    await pull({ url: `${server.url}/svc/S.asmx`, name: 's', out, force: true, ...opts });
    expect(existsSync(join(out, 's', 'mine.txt'))).toBe(false);
  });
});

describe('svcgen pull (Web API help site)', () => {
  test('saves the index, every API page and every ResourceModel page reachable on the same origin', async () => {
    const out = join(work, 'webapi');
    const r = await pull({ url: `${server.url}/Help`, name: 'w', out, ...opts });
    expect(r.manifest.kind).toBe('webapi');
    expect(r.manifest.files.map((f) => [f.file, f.role])).toEqual([
      ['index.html', 'index'],
      ['api-GET-api-roles.html', 'api'],
      ['api-POST-api-roles.html', 'api'],
      ['model-Role.html', 'model'],
      ['model-RoleInput.html', 'model'],
      ['model-Permission.html', 'model'],
    ]);
    expect(r.manifest.notes.join('\n')).toContain('other.example');
    expect(readFileSync(join(out, 'w', 'model-Permission.html'), 'utf8')).toBe('perm');
  });
});

describe('svcgen pull (command line)', () => {
  const capture = (tty: boolean) => {
    let out = '';
    let err = '';
    return {
      io: { out: { write: (s: string) => ((out += s), true) }, err: { write: (s: string) => ((err += s), true), isTTY: tty } },
      text: () => ({ out, err }),
    };
  };

  test('prints progress only when stderr is a terminal', async () => {
    const quiet = capture(false);
    expect(await main(['pull', `${server.url}/svc/S.asmx`, '--name', 'q', '--out', join(work, 'cli'), '--retry-delay-ms', '1'], quiet.io)).toBe(0);
    expect(quiet.text().err).toBe('svcgen: note: service.wsdl: http://other.example/far.xsd is on another origin; kept as a remote reference\n');
    expect(quiet.text().out).toMatch(/pulled 7 file\(s\)/);
    const tty = capture(true);
    expect(await main(['pull', `${server.url}/svc/S.asmx`, '--name', 't', '--out', join(work, 'cli'), '--retry-delay-ms', '1'], tty.io)).toBe(0);
    expect(tty.text().err).toMatch(/\r\x1b\[Kpull: 1 request\(s\)/);
  });

  test('exit code 1 and a message when the pull fails; 2 without --name', async () => {
    const c = capture(false);
    expect(await main(['pull', `${server.url}/nothing.asmx`, '--name', 'n', '--out', join(work, 'cli'), '--retries', '0'], c.io)).toBe(1);
    expect(c.text().err).toMatch(/pull failed, nothing written: .*HTTP 404/);
    expect(await main(['pull', `${server.url}/svc/S.asmx`], capture(false).io)).toBe(2);
  });
});
