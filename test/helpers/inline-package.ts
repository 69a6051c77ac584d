import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitPackage } from '../../generator/emit/index.js';
import { loadService, resolveService } from '../../generator/pipeline.js';

/** A package generated from specs given inline, written to a temporary folder. */
export interface InlinePackage {
  /** The package folder (`index.ts`, `types.ts`, …; `dist/` when built). */
  readonly dir: string;
  readonly files: Map<string, string>;
}

/**
 * Writes `specs` (file name → text) to a temporary folder, generates the service from them
 * through the real pipeline (no formatting) and writes the package next to them. With `build`,
 * the package also gets `dist/` and is marked as an ES module so its JavaScript can be imported.
 */
export async function inlinePackage(specs: Record<string, string>, name: string, options: { build?: boolean } = {}): Promise<InlinePackage> {
  const root = mkdtempSync(join(tmpdir(), `svcgen-${name.toLowerCase()}-`));
  for (const [file, text] of Object.entries(specs)) writeFileSync(join(root, file), text);
  const service = await loadService(Object.keys(specs), { name, cwd: root });
  const files = await emitPackage(resolveService(service), { packageName: name.toLowerCase(), format: false, build: options.build ?? false });
  const dir = join(root, 'pkg');
  for (const [p, t] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  if (options.build) writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  return { dir, files };
}
