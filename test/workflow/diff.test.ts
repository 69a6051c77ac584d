import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { loadAtRevision } from '../../generator/commands/diff.js';
import { diffServices } from '../../generator/ir/diff.js';
import type { Field, Service } from '../../generator/ir/types.js';
import { loadService } from '../../generator/pipeline.js';
import { BASE, wsdlOf, type WsdlSpec } from './wsdl-builder.js';

const work = mkdtempSync(join(tmpdir(), 'svcgen-diff-'));

function folder(name: string, spec: WsdlSpec): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'S.wsdl'), wsdlOf(spec));
  return dir;
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const changed: WsdlSpec = {
  operations: {
    GetOrder: {
      input: [{ name: 'id', type: 's:int' }, { name: 'note', type: 's:string', min: 1 }, { name: 'tag', type: 's:string', min: 0 }],
      output: [{ name: 'GetOrderResult', type: 'tns:Order', min: 0 }],
      doc: 'Reads one order.',
    },
    Ping: { input: [], output: [] },
  },
  complex: { Order: [{ name: 'Id', type: 's:int' }, { name: 'Status', type: 'tns:Status' }, { name: 'Client', type: 's:string', min: 0 }] },
  enums: { Status: ['Open', 'Closed'] },
};

describe('svcgen diff', () => {
  test('groups breaking and non-breaking changes with locations, exit 1 on breaking', async () => {
    const r = await run(['diff', folder('old', BASE), folder('new', changed)]);
    expect(r.code).toBe(1);
    const [breaking, other] = r.out.split('Non-breaking');
    expect(breaking).toMatch(/^Breaking for callers \(5\):/);
    expect(breaking).toMatch(/S\.wsdl:\d+:\d+: operation Cancel: operation removed/);
    expect(breaking).toMatch(/operation GetOrder › request › note: field became required/);
    expect(breaking).toMatch(/operation GetOrder › request › id: type changed from long to int \(narrowed\)/);
    expect(breaking).toMatch(/type Status › Held: enumeration value removed/);
    expect(breaking).toMatch(/type Order › Customer: field renamed to Client/);
    expect(other).toMatch(/operation Ping: new operation/);
    expect(other).toMatch(/operation GetOrder › request › tag: new optional field/);
    expect(other).toMatch(/operation GetOrder: description changed/);
    expect(other).not.toMatch(/Held|Cancel/);
  });

  test('additions only: exit 0; identical specs: "No changes."', async () => {
    const added: WsdlSpec = { ...BASE, operations: { ...BASE.operations, Ping: { input: [], output: [] } } };
    const r = await run(['diff', folder('base2', BASE), folder('added', added)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Non-breaking \(1\):\n.*operation Ping: new operation\n$/);
    const same = await run(['diff', folder('base3', BASE), folder('base4', BASE)]);
    expect(same).toMatchObject({ code: 0, out: 'No changes.\n' });
  });

  test('a widened request type is not breaking; a widened result type is', async () => {
    const widened: WsdlSpec = {
      ...BASE,
      operations: { ...BASE.operations, Cancel: { input: [{ name: 'id', type: 's:long' }], output: [] } },
      complex: { Order: [{ name: 'Id', type: 's:long' }, ...BASE.complex!.Order.slice(1)] },
    };
    const changes = diffServices(await loadService([join(folder('w0', BASE), 'S.wsdl')]), await loadService([join(folder('w1', widened), 'S.wsdl')]));
    expect(changes.map((c) => [c.kind, c.path]).sort()).toEqual([
      ['breaking', 'type Order › Id'],
      ['change', 'operation Cancel › request › id'],
    ]);
  });

  test('items of a list becoming nillable: breaking in a response, not in a request', async () => {
    const now = await loadService(['specs/interop/Interop.wsdl']);
    // The same service as if its ArrayOfShape items were not nillable.
    const strip = (f: Field): Field => (f.fieldKind === 'element' && f.arrayItem?.name === 'Shape' ? { ...f, arrayItem: { ...f.arrayItem, nillable: false } } : f);
    const before: Service = { ...now, operations: now.operations.map((o) => ({ ...o, input: { ...o.input, fields: o.input.fields.map(strip) }, ...(o.output ? { output: { ...o.output, fields: o.output.fields.map(strip) } } : {}) })) };
    expect(diffServices(before, now).map((c) => [c.kind, c.path, c.message])).toEqual([
      ['change', 'operation Transform › request › shapes', 'list items became nillable'],
      ['breaking', 'operation Transform › response › TransformResult', 'list items became nillable'],
    ]);
  });

  test('--git-rev compares the files with their committed version', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'specs', 's'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(repo, 'specs', 's', 'S.wsdl'), wsdlOf(BASE));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'specs', 's', 'S.wsdl'), wsdlOf(changed));
    const old = await loadAtRevision(join(repo, 'specs', 's'), 'HEAD', { cwd: repo });
    expect(old.operations.map((o) => o.name).sort()).toEqual(['Cancel', 'GetOrder']);
    expect(old.sources[0].file).toBe(join('specs', 's', 'S.wsdl'));
    const r = await run(['diff', join(repo, 'specs', 's'), '--git-rev', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/operation Cancel: operation removed/);
    const bad = await run(['diff', join(repo, 'specs', 's'), '--git-rev', 'no-such-rev']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cannot read .* at git revision no-such-rev/);
  });

  test('usage errors exit 2', async () => {
    expect((await run(['diff', folder('u', BASE)])).code).toBe(2);
  });
});
