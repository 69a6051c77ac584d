import type { Field, Service, TypeDef } from '../ir/types.js';

/** xs:any wildcards (`$any` fields of type xml) are the open record's `$extra`: no field of their own. */
export function openWildcards(service: Service): Service {
  const isAny = (f: Field) => f.type.kind === 'xml' && f.name.startsWith('$any');
  if (!service.types.some((t) => t.kind === 'complex' && t.fields.some(isAny))) return service;
  const types: TypeDef[] = service.types.map((t) => (t.kind === 'complex' && t.fields.some(isAny) ? { ...t, open: true, fields: t.fields.filter((f) => !isAny(f)) } : t));
  return { ...service, types };
}
