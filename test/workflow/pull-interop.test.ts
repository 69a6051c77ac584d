/**
 * `svcgen pull` against the real Mono services of test/interop/, and the ASMX parser on what it
 * fetched (Mono's variant of the help pages): every operation page parses, and agrees with the
 * WSDL on operations and parameter names.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pull, pulledSpecs } from '../../generator/commands/pull.js';
import { diffServices } from '../../generator/ir/diff.js';
import type { Service } from '../../generator/ir/types.js';
import { failures, loadService } from '../../generator/pipeline.js';
import { interopBed } from '../interop/env.js';

const bed = interopBed();
const services = ['/PlusventaServiceV2.asmx', '/semp/TPClientWebServicesAPI.asmx', '/Interop.asmx', '/xweb/netForumXML.asmx'];

const shape = (s: Service) =>
  s.operations.map((o) => ({ name: o.name, input: o.input.fields.map((f) => f.name), output: o.output?.fields.map((f) => f.name) })).sort((a, b) => a.name.localeCompare(b.name));

describe.skipIf(!bed.enabled)('svcgen pull against Mono', () => {
  const out = mkdtempSync(join(tmpdir(), 'svcgen-pull-mono-'));
  for (const path of services) {
    test(`${path}: snapshot, and the Mono pages parse`, async () => {
      const name = path.replace(/^.*\/|\.asmx$/g, '');
      const r = await pull({ url: `${bed.baseUrl}${path}`, name, out, retryDelayMs: 50 });
      const dir = join(out, name);
      const roles = r.manifest.files.map((f) => f.role);
      expect(roles[0]).toBe('operation-list');
      expect(roles).toContain('wsdl');
      const wsdl = await loadService(['service.wsdl'], { cwd: dir });
      expect(failures(wsdl, false)).toEqual([]);
      // One page per operation of the WSDL, each read as Mono's help page.
      expect(roles.filter((x) => x === 'operation').length).toBe(wsdl.operations.length);
      const pages = r.manifest.files.filter((f) => f.role === 'operation').map((f) => f.file);
      const fromPages = await loadService(pages, { cwd: dir });
      expect(failures(fromPages, false)).toEqual([]);
      expect(fromPages.sources.every((s) => s.format === 'asmx-mono-help')).toBe(true);
      expect(shape(fromPages)).toEqual(shape(wsdl));
      // The service page lists the same operations.
      const listed = await loadService(['service.html'], { cwd: dir });
      expect(listed.sources[0].format).toBe('asmx-mono-help');
      expect(listed.operations.map((o) => o.name).sort()).toEqual(wsdl.operations.map((o) => o.name).sort());
      expect(listed.name).toBe(wsdl.name);
      // All together: one service, no errors, and the same snapshot twice gives no differences.
      const all = await loadService(pulledSpecs(r.manifest), { cwd: dir });
      expect(failures(all, false)).toEqual([]);
      expect(diffServices(all, await loadService(pulledSpecs(r.manifest), { cwd: dir }))).toEqual([]);
      expect(readFileSync(join(dir, 'service.wsdl'), 'utf8')).toContain('definitions');
    });
  }
});
