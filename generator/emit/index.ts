import type { Resolved } from '../ir/resolved.js';
import type { Service } from '../ir/types.js';
import { withBuild } from './core/build-js.js';
import type { EmitOptions, FileMap } from './core/engine.js';
import { emitRestPackage } from './rest/index.js';
import { emitSoapPackage } from './soap/index.js';

/**
 * Emits one resolved service (`resolveService` in pipeline.ts) as a self-contained package: a Web
 * API package (`rest/`) or a SOAP package (`soap/`), both built on `core/`. The result is a map of relative path → file content; writing
 * it (atomically) is the caller's job.
 */
export async function emitPackage(input: Resolved, options: EmitOptions): Promise<FileMap> {
  options.progress?.('rendering');
  const resolved = options.sourceLocations === false ? { ...input, service: withoutLocations(input.service) } : input;
  const files = resolved.kind === 'rest' ? await emitRestPackage(resolved, options) : await emitSoapPackage(resolved, options);
  const out = new Map(files);
  const pkg = out.get('package.json');
  if (pkg !== undefined) out.set('package.json', withIdentity(pkg, options));
  if (options.build === false) return out;
  options.progress?.('building');
  return withBuild(out);
}

/** The service without source locations (JSDoc "From file:line:column" lines left out). */
function withoutLocations(service: Service): Service {
  return JSON.parse(JSON.stringify(service, (k, v: unknown) => (k === 'loc' ? undefined : v))) as Service;
}

/** package.json with the package's licence. */
function withIdentity(text: string, options: EmitOptions): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  pkg.license = options.license ?? 'UNLICENSED';
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export { README_EXAMPLES, type EmitOptions, type FileMap } from './core/engine.js';
