/**
 * Stored IR of an older format (ir.json of version 1, as generated packages held it before the IR
 * became tagged unions) is upgraded on read: an IR-format change alone never moves a package
 * version and never reads as a change in `svcgen diff`.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { comparable, diffServices } from '../../generator/ir/diff.js';
import { irFileText, planVersion, readIr } from '../../generator/emit/version.js';
import { IR_VERSION, IrFormatError, upgradeIr } from '../../generator/ir/upgrade.js';
import type { Field, Message, Service } from '../../generator/ir/types.js';
import { restOp, soapOp } from '../helpers/ir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'test', 'data', 'ir-v1');
const PACKAGES = ['seethepro', 'wsdl-any', 'wsdl-simplecontent', 'wsdl-choice'] as const;
const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const v1 = (pkg: string): Service => upgradeIr(json(`${pkg}.v1.json`));
const v2 = (pkg: string): Service => upgradeIr(json(`${pkg}.v2.json`));

/** Every field of a service: type members, message parameters, route and query parameters. */
function allFields(s: Service): Field[] {
  const msg = (m: Message | null) => m?.fields ?? [];
  return [
    ...s.types.flatMap((t) => (t.kind === 'complex' ? t.fields : [])),
    ...s.operations.flatMap((o) => [
      ...msg(o.input),
      ...msg(o.output),
      ...(o.binding === 'rest' ? [...o.rest.pathParams, ...o.rest.queryParams] : (o.objects ?? []).flatMap((x) => [...msg(x.input), ...msg(x.output)])),
    ]),
  ];
}

describe('ir.json format', () => {
  test.each(PACKAGES)('%s: version 1 reads as the same service as version 2', (pkg) => {
    const raw = json(`${pkg}.v1.json`) as Record<string, unknown>;
    expect(raw.irVersion).toBeUndefined();
    expect((json(`${pkg}.v2.json`) as Record<string, unknown>).irVersion).toBe(2);
    const old = v1(pkg);
    expect(comparable(old)).toEqual(comparable(v2(pkg)));
    expect(diffServices(old, v2(pkg))).toEqual([]);
    for (const f of allFields(old)) {
      expect(['element', 'attribute', 'text', 'any']).toContain(f.fieldKind);
      for (const gone of ['node', 'choiceBranch', 'choiceRequired', 'choiceOptional', 'choiceRepeated']) expect(f).not.toHaveProperty(gone);
    }
  });

  test('version 1 specifics become tags: wildcards, simpleContent, choices, Web API operations', () => {
    const any = v1('wsdl-any').types.flatMap((t) => (t.kind === 'complex' ? t.fields : [])).filter((f) => f.name.startsWith('$any'));
    expect(any.length).toBeGreaterThan(0);
    expect(any.every((f) => f.fieldKind === 'any' && f.type.kind === 'xml')).toBe(true);

    const simple = v1('wsdl-simplecontent').types.flatMap((t) => (t.kind === 'complex' ? t.fields : []));
    const text = simple.filter((f) => f.fieldKind === 'text');
    expect(text.map((f) => f.name)).toContain('$value');
    for (const f of text) expect(f).not.toHaveProperty('namespace');
    expect(simple.some((f) => f.fieldKind === 'attribute')).toBe(true);

    const choices = v1('wsdl-choice').types.flatMap((t) => (t.kind === 'complex' ? t.fields : [])).flatMap((f) => (f.fieldKind === 'element' && f.choice ? [f.choice] : []));
    expect(choices.length).toBe(4);
    for (const c of choices) expect(c).toEqual(expect.objectContaining({ group: expect.stringMatching(/^choice\d+$/), branch: expect.any(Number) }));

    const rest = restOp(v1('seethepro').operations[0]);
    for (const slot of ['headersIn', 'headersOut', 'faults', 'returns', 'style', 'soapAction']) expect(rest).not.toHaveProperty(slot);
    expect(rest.rest.method).toBe('POST');
    expect(soapOp(v1('wsdl-choice').operations[0]).returns).toBeDefined();
  });

  test('a stored version-1 ir.json keeps the package version', () => {
    for (const pkg of PACKAGES) {
      const dir = mkdtempSync(join(tmpdir(), 'svcgen-irv1-'));
      copyFileSync(join(DATA, `${pkg}.v1.json`), join(dir, 'ir.json'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg, version: '3.1.4' }));
      const plan = planVersion(dir, v2(pkg));
      expect([pkg, plan.version, plan.changes]).toEqual([pkg, '3.1.4', []]);
      expect(readIr(join(dir, 'ir.json'))).toEqual(v1(pkg));
    }
  });

  test('generate over a package holding a version-1 ir.json: same version, ir.json rewritten in the current format', async () => {
    const work = mkdtempSync(join(tmpdir(), 'svcgen-irv1-gen-'));
    const spec = join(work, 'any.wsdl');
    cpSync(join(ROOT, 'specs', 'wsdl-any', 'any.wsdl'), spec);
    const pkg = join(work, 'out', 'any');
    const generate = async () => {
      let stdout = '';
      let stderr = '';
      const code = await main(['generate', spec, '--out', join(work, 'out'), '--name', 'AnyContent', '--package-name', 'any', '--no-format'], { out: { write: (s: string) => (stdout += s) }, err: { write: (s: string) => (stderr += s) } });
      return { code, stdout, stderr };
    };
    expect((await generate()).code).toBe(0);
    // The package as an older svcgen left it: a version-1 ir.json, a version moved by earlier changes.
    copyFileSync(join(DATA, 'wsdl-any.v1.json'), join(pkg, 'ir.json'));
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(pkg, 'package.json'), `${JSON.stringify({ ...manifest, version: '2.0.1' }, null, 2)}\n`);
    const { code, stdout, stderr } = await generate();
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).not.toMatch(/service changed/);
    expect((JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version).toBe('2.0.1');
    expect((JSON.parse(readFileSync(join(pkg, 'ir.json'), 'utf8')) as { irVersion?: number }).irVersion).toBe(IR_VERSION);
  }, 60_000);

  test('svcgen diff of a version-1 and a version-2 ir.json of one service: no changes', async () => {
    let out = '';
    const code = await main(['diff', join(DATA, 'wsdl-choice.v1.json'), join(DATA, 'wsdl-choice.v2.json')], { out: { write: (s: string) => (out += s) }, err: { write: () => true } });
    expect(out).toMatch(/No changes\./);
    expect(code).toBe(0);
  });

  test('an ir.json of a newer or unknown format is refused with a reason, never misread', () => {
    const current = json('wsdl-any.v2.json') as Record<string, unknown>;
    expect(() => upgradeIr({ ...current, irVersion: IR_VERSION + 1 })).toThrow(IrFormatError);
    expect(() => upgradeIr({ ...current, irVersion: IR_VERSION + 1 })).toThrow(/newer svcgen/);
    expect(() => upgradeIr({ ...current, irVersion: 'two' })).toThrow(/unknown IR format version "two"/);
    expect(() => upgradeIr({ kind: 'package' })).toThrow(/not a stored svcgen IR/);
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-irv9-'));
    writeFileSync(join(dir, 'ir.json'), JSON.stringify({ ...current, irVersion: 9 }));
    expect(readIr(join(dir, 'ir.json'))).toBeUndefined();
  });

  test.each(PACKAGES)('%s: the compact version 3 (ir.json of generated/) reads as the same service as version 2, in less space', (pkg) => {
    const text = readFileSync(join(ROOT, 'generated', pkg, 'ir.json'), 'utf8');
    const stored = JSON.parse(text) as Record<string, unknown>;
    expect(stored.irVersion).toBe(IR_VERSION);
    expect(IR_VERSION).toBe(3);
    // Short locations, fields without kind and without false flags.
    expect(text).not.toMatch(/"loc":\{/);
    expect(text).not.toMatch(/"kind":"field"/);
    expect(text).not.toMatch(/"(optional|array|nillable)":false/);
    const now = upgradeIr(stored);
    expect(comparable(now)).toEqual(comparable(v2(pkg)));
    expect(diffServices(v2(pkg), now)).toEqual([]);
    for (const f of allFields(now)) {
      expect(f.kind).toBe('field');
      for (const flag of ['optional', 'array', 'nillable'] as const) expect(typeof f[flag]).toBe('boolean');
      if (f.loc) expect(f.loc).toEqual({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
    }
    expect(text.length).toBeLessThan(readFileSync(join(DATA, `${pkg}.v2.json`), 'utf8').length * 0.8);
  });

  test('version 3 is exact: a service written and read back is the same service, less the locations\' paths', () => {
    for (const pkg of PACKAGES) {
      const service = v2(pkg);
      const back = upgradeIr(JSON.parse(irFileText(service)));
      const withoutPaths = JSON.parse(JSON.stringify(service, function (this: Record<string, unknown>, k, v: unknown) {
        return k === 'path' && 'line' in this && 'column' in this ? undefined : v;
      })) as Service;
      expect(back, pkg).toEqual(withoutPaths);
    }
    // Every kind of location, with a file name holding colons, and true flags kept.
    const service = v2('wsdl-choice');
    const tricky = { ...service, operations: service.operations.map((o) => ({ ...o, loc: { file: 'C:/specs/a:b.wsdl', line: 7, column: 0, path: 'x' } })) } as Service;
    const back = upgradeIr(JSON.parse(irFileText(tricky)));
    expect(back.operations[0].loc).toEqual({ file: 'C:/specs/a:b.wsdl', line: 7, column: 0 });
    expect(allFields(back).some((f) => f.optional)).toBe(true);
  });

  test('a stored version-2 ir.json keeps the package version; a malformed version-3 location is refused', () => {
    for (const pkg of PACKAGES) {
      const dir = mkdtempSync(join(tmpdir(), 'svcgen-irv2-'));
      copyFileSync(join(DATA, `${pkg}.v2.json`), join(dir, 'ir.json'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg, version: '3.1.4' }));
      const plan = planVersion(dir, upgradeIr(JSON.parse(readFileSync(join(ROOT, 'generated', pkg, 'ir.json'), 'utf8'))));
      expect([pkg, plan.version, plan.changes]).toEqual([pkg, '3.1.4', []]);
    }
    const current = JSON.parse(readFileSync(join(ROOT, 'generated', 'wsdl-any', 'ir.json'), 'utf8')) as Record<string, unknown>;
    expect(() => upgradeIr({ ...current, endpoints: [{ protocol: 'soap11', url: 'http://x/', loc: 'nowhere' }] })).toThrow(/file:line:column/);
  });

  test('an operation that changes from SOAP to Web API is breaking', () => {
    const soap = v2('wsdl-choice');
    const op = soapOp(soap.operations[0]);
    const asRest: Service = {
      ...soap,
      operations: [{ kind: 'operation', binding: 'rest', name: op.name, protocols: ['rest'], input: op.input, output: op.output ?? { kind: 'message', wrapped: false, fields: [] }, rest: { method: 'GET', path: 'api/x', pathParams: [], queryParams: [], requestMediaTypes: [], responseMediaTypes: [] } }],
    };
    expect(diffServices(soap, asRest)).toContainEqual(expect.objectContaining({ kind: 'breaking', path: `operation ${op.name}`, message: 'now a Web API operation (was SOAP)' }));
  });
});
