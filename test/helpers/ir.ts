import type { ElementField, Field, Operation, PrimitiveName, RestOperation, Service, SoapOperation, TypeRef } from '../../generator/ir/types.js';

/** Small builders for IR literals in tests. */
export const prim = (name: PrimitiveName): TypeRef => ({ kind: 'primitive', name });
export const ref = (id: string): TypeRef => ({ kind: 'ref', id });
export function field(name: string, type: TypeRef, extra: Partial<Omit<ElementField, 'kind' | 'fieldKind'>> = {}): ElementField {
  return { kind: 'field', fieldKind: 'element', name, namespace: 'http://tempuri.org/', type, optional: false, array: false, nillable: false, ...extra };
}

/** Narrowing readers: each fails the test when the IR holds another kind than expected. */
export function soapOp(o: Operation | undefined): SoapOperation {
  if (o?.binding !== 'soap') throw new Error(`expected a SOAP operation, got ${o ? o.binding : 'none'}`);
  return o;
}
export function restOp(o: Operation | undefined): RestOperation {
  if (o?.binding !== 'rest') throw new Error(`expected a Web API operation, got ${o ? o.binding : 'none'}`);
  return o;
}
export const soapOps = (s: Pick<Service, 'operations'>): SoapOperation[] => s.operations.map(soapOp);
export const restOps = (s: Pick<Service, 'operations'>): RestOperation[] => s.operations.map(restOp);
export function elementField(f: Field | undefined): ElementField {
  if (f?.fieldKind !== 'element') throw new Error(`expected an element field, got ${f ? f.fieldKind : 'none'}`);
  return f;
}
