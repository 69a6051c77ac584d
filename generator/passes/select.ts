import { Codes } from '../diagnostics.js';
import { SpecError } from '../diagnostics.js';
import type { Service } from '../ir/types.js';
import { reachability } from './reachability.js';

/**
 * `--operations`: keeps the named operations and every type they need (transitively, subtypes
 * included), drops the rest. Unknown names are an error listing what exists.
 */
export function selectOperations(service: Service, names: readonly string[]): Service {
  const wanted = new Set(names);
  const missing = names.filter((n) => !service.operations.some((o) => o.name === n));
  if (missing.length) {
    const known = service.operations.map((o) => o.name);
    throw new SpecError({
      severity: 'error',
      code: Codes.CONFIG,
      message: `--operations names ${missing.join(', ')}, which the service does not have (it has ${known.length}: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''})`,
    });
  }
  const operations = service.operations.filter((o) => wanted.has(o.name));
  const kept = { ...service, operations };
  const { reachedIds } = reachability({ ...kept, types: service.types });
  return { ...kept, types: service.types.filter((t) => reachedIds.has(t.id)) };
}
