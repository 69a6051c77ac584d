import type { Field, Service, TypeDef } from '../ir/types.js';

/** xs:any wildcards (`AnyField`s) are the open record's `$extra`: no field of their own. */
export function openWildcards<S extends Service>(service: S): S {
  const isAny = (f: Field) => f.fieldKind === 'any';
  if (!service.types.some((t) => t.kind === 'complex' && t.fields.some(isAny))) return service;
  const types: TypeDef[] = service.types.map((t) => (t.kind === 'complex' && t.fields.some(isAny) ? { ...t, open: true, fields: t.fields.filter((f) => !isAny(f)) } : t));
  return { ...service, types };
}
