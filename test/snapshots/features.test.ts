/**
 * One snapshot per feature of the generator: the whole source a small spec produces (types,
 * descriptors, client, fixtures, mock, index and object helpers where there are any; not the
 * copied runtime, `dist/`, `ir.json`, the README or package.json), so a reviewer reads what a
 * feature emits in one file instead of the fragments other tests match.
 *
 * The specs were written for this test: test/data/features/<feature>/. Each is generated in
 * process through the real pipeline (default layout, with source locations, no `dist/` build) and
 * compared with test/snapshots/__snapshots__/<feature>.snap.md. The same test type-checks the
 * package under strict, so a snapshot cannot hold code that does not compile.
 *
 * After an intended change of the output, rewrite the snapshots with the tool and review the diff:
 *
 *   npx vitest run test/snapshots -u
 *
 * Never edit a .snap.md file by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import type { Diagnostic } from '../../generator/ir/types.js';
import { loadService, resolveService } from '../../generator/pipeline.js';
import { typecheck } from '../helpers/typecheck.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = 'test/data/features';

interface Feature {
  /** Folder under test/data/features/ and name of the snapshot. */
  readonly name: string;
  /** What the spec exercises (first line of the snapshot). */
  readonly about: string;
  /** Spec files of the folder, in the order given to the generator (default: all, sorted). */
  readonly specs?: readonly string[];
}

const FEATURES: readonly Feature[] = [
  { name: 'choice', about: 'xs:choice: a required choice with a nested sequence, an optional choice, a repeated choice, a choice in a request message' },
  { name: 'polymorphism', about: 'derived types and xsi:type: an abstract base with subtypes on two levels, a concrete base with a subtype, arrays of the base' },
  { name: 'rpc-encoded', about: 'rpc/encoded (SOAP-ENC): SOAP-ENC arrays of strings and of records, a record shared by several items (multi-ref on the wire), rpc parts' },
  { name: 'soap-headers', about: 'SOAP headers: a header block sent with the request and one returned with the response' },
  { name: 'faults', about: 'faults: two declared fault details of one operation' },
  { name: 'webapi-json', about: 'ASP.NET Web API help page, JSON only: route and query parameters, a described response model, annotations' },
  { name: 'webapi-xml', about: 'ASP.NET Web API help page, XML only (DataContractSerializer): request body with a collection of a model the page does not describe' },
  { name: 'merge', about: 'one service from two specs: the WSDL (types, address) merged with its ASMX help page (descriptions)', specs: ['Members.wsdl', 'Members.asmx.txt'] },
  { name: 'asmx-helppage', about: 'ASMX help page alone: SOAP 1.1, SOAP 1.2, HTTP GET and HTTP POST samples, an enum shown as "A or B", an array of records' },
  { name: 'sample-article', about: 'article with sample SOAP envelopes: types inferred from values, "required" and "either … or" prose rules, a repeated element' },
  { name: 'enums-facets', about: 'enums and facets: a string enum (with a value that is no identifier), length/pattern/range/digits facets, an anonymous restriction, maxOccurs 3' },
  { name: 'attributes-simplecontent', about: 'attributes and simple content: a decimal with attributes, attributes of a record and of a request element' },
  { name: 'nillable-optional', about: 'nillable and optional elements: each combination of minOccurs 0 and nillable, on values, arrays, records and the message parts' },
];

/** Files of a package that are not the feature's own source. */
const isOwnSource = (path: string) => /\.(?:ts|js)$/.test(path) && !path.startsWith('runtime/') && !path.startsWith('dist/');

/** Known files first, in reading order (types, then how they travel, then how they are used); others after, sorted. */
const ORDER = ['types.ts', 'descriptors.d.ts', 'descriptors.js', 'objects.ts', 'client.ts', 'operations.ts', 'fixtures.ts', 'mock.ts', 'index.ts'];
const rank = (path: string) => (ORDER.includes(path) ? ORDER.indexOf(path) : ORDER.length);

/** The snapshot text: the feature, its specs, the diagnostics, then each source file in a fence. */
function snapshotText(feature: Feature, specs: readonly string[], diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, string>): string {
  const own = [...files.keys()].filter(isOwnSource).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`# ${feature.name}`, '', feature.about, '', `Specs: ${specs.map((s) => `\`${s}\``).join(', ')}`, ''];
  if (diagnostics.length) {
    lines.push('Diagnostics:', '');
    for (const d of diagnostics) lines.push(`- ${d.severity} ${d.code}: ${d.message.replace(/\s+/g, ' ')}`);
    lines.push('');
  }
  for (const path of own) {
    const text = files.get(path)!;
    // A fence longer than any backtick run in the file, so the Markdown stays well-formed.
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    lines.push(`### ${path}`, '', `${fence}${path.endsWith('.js') ? 'js' : 'ts'}`, text.replace(/\n$/, ''), fence, '');
  }
  return lines.join('\n');
}

interface Generated {
  readonly snapshot: string;
  readonly dir: string;
  readonly errors: string[];
}

const work = mkdtempSync(join(tmpdir(), 'svcgen-snapshots-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const generated = new Map<string, Generated>();
/** Type errors outside the packages' own sources: the shared runtime, compiler options. */
const elsewhere: string[] = [];

beforeAll(async () => {
  // The runtime every package carries is the same in each (only its two header lines name the
  // spec): it is written once, and each package's runtime/ links to it, so the type-check reads
  // it once instead of thirteen times.
  const runtime = join(work, 'runtime');
  for (const feature of FEATURES) {
    const folder = `${DATA}/${feature.name}`;
    const specs = (feature.specs ?? readdirSync(join(ROOT, folder)).sort()).map((f) => `${folder}/${f}`);
    const service = await loadService(specs, { cwd: ROOT });
    const errors = service.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${feature.name}: ${errors.map((d) => d.message).join('; ')}`);
    // The default layout (no prettier pass): the snapshots are prettier's output, so this checks
    // the emitters' own layout; test/emit/format-check.test.ts formats these files with prettier.
    const emitted = await emitPackage(resolveService(service), { packageName: feature.name, build: false, sourceLocations: true });
    const files = new Map([...emitted].filter(([p]) => isOwnSource(p)));
    const dir = join(work, 'packages', feature.name);
    mkdirSync(dir, { recursive: true });
    for (const [p, text] of files) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    for (const [p, text] of emitted) {
      if (!p.startsWith('runtime/') || !p.endsWith('.ts') || existsSync(join(work, p))) continue;
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    symlinkSync(runtime, join(dir, 'runtime'), 'dir');
    generated.set(feature.name, { snapshot: snapshotText(feature, specs, service.diagnostics, files), dir, errors: [] });
  }
  // One program for every package; errors are sorted to their package.
  const roots = [...generated.values()].flatMap((g) => ['index.ts', 'fixtures.ts', 'mock.ts'].map((f) => join(g.dir, f)));
  for (const message of typecheck(roots)) {
    const [top, owner] = relative(work, message).split(sep);
    (top === 'packages' ? generated.get(owner)?.errors : undefined)?.push(message) ?? elsewhere.push(message);
  }
}, 170_000);

describe('generated sources per feature', () => {
  test('every folder under test/data/features has a snapshot test', () => {
    expect(readdirSync(join(ROOT, DATA)).sort()).toEqual(FEATURES.map((f) => f.name).sort());
  });

  test('the type-check reports nothing outside the packages', () => {
    expect(elsewhere).toEqual([]);
  });

  test.each(FEATURES.map((f) => f.name))('%s', async (name) => {
    const g = generated.get(name)!;
    expect(g.errors).toEqual([]);
    await expect(g.snapshot).toMatchFileSnapshot(`__snapshots__/${name}.snap.md`);
  });
});
