import type { Field, PrimitiveName, TypeRef } from '../../generator/ir/types.js';

/** Small builders for IR literals in tests. */
export const prim = (name: PrimitiveName): TypeRef => ({ kind: 'primitive', name });
export const ref = (id: string): TypeRef => ({ kind: 'ref', id });
export function field(name: string, type: TypeRef, extra: Partial<Field> = {}): Field {
  return { kind: 'field', name, namespace: 'http://tempuri.org/', type, optional: false, array: false, nillable: false, ...extra };
}
