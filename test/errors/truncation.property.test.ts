import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import type { Field, Service } from '../../generator/ir/types.js';
import { loadService } from '../../generator/pipeline.js';
import { HELPPAGES, seedPaths } from '../helpers/data.js';
import { scratch } from './cli-run.js';
import { fieldNamespace } from '../../generator/ir/fields.js';

/**
 * Pages cut off at any point, through the whole loading pipeline (sniffer, parser, merge): the
 * result is a service, which carries a warning whenever the cut lost anything it describes, or a
 * `SpecError` with a code and a location; never another exception.
 */

const files = [
  ...seedPaths(),
  ...readdirSync(HELPPAGES)
    .filter((f) => f !== 'README.md')
    .map((f) => join(HELPPAGES, f)),
].sort();

const dir = scratch('svcgen-cut-');

/**
 * What a service describes, without locations, prose and samples. The protocol list is left out:
 * a cut exactly between two protocol sections leaves a complete page of one protocol, which no
 * reader can tell from a service that offers only that one.
 */
function shape(s: Service): string {
  const fields = (fs: readonly Field[]) => fs.map((f) => [f.name, fieldNamespace(f), JSON.stringify(f.type), f.optional, f.array]);
  return JSON.stringify({
    ops: s.operations.map((o) => [o.name, o.input.element, fields(o.input.fields), o.output && [o.output.element, fields(o.output.fields)]]),
    types: s.types.map((t) => [t.id, t.kind === 'complex' ? fields(t.fields) : t.kind === 'enum' ? t.values.map((v) => v.name) : JSON.stringify(t.target)]),
  });
}

type Outcome = { service: Service } | { error: SpecError };

async function load(name: string, text: string): Promise<Outcome> {
  const path = join(dir, name);
  writeFileSync(path, text);
  try {
    return { service: await loadService([path], { cwd: dir }) };
  } catch (e) {
    if (e instanceof SpecError) return { error: e };
    throw new Error(`${name} cut to ${text.length} characters: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** Whether a loaded file is read as a Web API help page. */
const isWebApi = (o: Outcome): boolean => 'service' in o && o.service.sources.every((x) => x.format === 'webapi-help');

/**
 * Cuts each of `files` (of the kind `pick` selects) at random offsets: the result is a service or
 * a clear SpecError, and a service that lost anything the full page describes carries a warning.
 */
async function cutProperty(pick: (full: Outcome) => boolean): Promise<{ runs: number; files: number }> {
  let runs = 0;
  let picked = 0;
  const outcomes = { service: 0, warned: 0, specError: 0 };
  for (const path of files) {
    const name = path.replace(/^.*\//, '');
    const text = readFileSync(path, 'utf8');
    const full = await load(name, text);
    if (!pick(full)) continue;
    picked++;
    const fullShape = 'service' in full ? shape(full.service) : undefined;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        runs++;
        const r = await load(name, text.slice(0, cut));
        if ('error' in r) {
          outcomes.specError++;
          const d = r.error.diagnostic;
          expect(d.code).toMatch(/^SVC\d{3}$/);
          expect(d.loc?.file).toBe(name);
          expect(d.loc!.line).toBeGreaterThanOrEqual(1);
          expect(d.loc!.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(10);
          return;
        }
        outcomes.service++;
        const s = r.service;
        for (const d of s.diagnostics) expect(d.code).toMatch(/^SVC\d{3}$/);
        if (shape(s) !== fullShape) {
          // Something the full page describes was lost or changed: the service must say so.
          expect(s.diagnostics.length, `${name} cut at ${cut} of ${text.length} lost content silently`).toBeGreaterThan(0);
          outcomes.warned++;
        }
      }),
      { numRuns: 100, seed: 6, endOnFailure: true, examples: [[0], [1], [Math.floor(text.length / 2)], [text.length - 1]] },
    );
  }
  expect(outcomes.specError + outcomes.service).toBe(runs);
  return { runs, files: picked };
}

describe('truncated pages through loadService', () => {
  test('every seed and corpus ASMX, WSDL and article page, cut at random offsets', async () => {
    const started = performance.now();
    const { runs, files: n } = await cutProperty((full) => !isWebApi(full));
    expect(n).toBeGreaterThan(0);
    expect(runs).toBeGreaterThanOrEqual(n * 100);
    expect((performance.now() - started) / 1000).toBeLessThan(60);
  }, 120_000);

  test('every seed and corpus Web API help page, cut at random offsets, warns whenever it loses a model table or a sample', async () => {
    const started = performance.now();
    const { runs, files: n } = await cutProperty(isWebApi);
    expect(n).toBeGreaterThanOrEqual(20);
    expect(runs).toBeGreaterThanOrEqual(n * 100);
    expect((performance.now() - started) / 1000).toBeLessThan(60);
  }, 120_000);

  test('a Web API page cut inside the "Name | Description | Type" header of its response model says what is missing', async () => {
    const path = files.find((f) => /\/001_/.test(f)) as string;
    const text = readFileSync(path, 'utf8');
    const header = text.indexOf('| Name | Description | Type', text.indexOf('Resource Description'));
    const r = await load('cut-header.txt', text.slice(0, header + '| Name | Descri'.length));
    expect('service' in r).toBe(true);
    const d = 'service' in r ? r.service.diagnostics.filter((x) => x.code === 'SVC110') : [];
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/Resource Description/);
    expect(d[0].message).toMatch(/Response Formats/);
    expect(d[0].loc?.line).toBe(text.slice(0, header).split('\n').length);
  });
});
