/**
 * View model of a package's `mock.ts` (templates/soap/mock.ts.hbs): per operation its client
 * method name with the declared request and response types, so overrides are typed.
 */
import type { Service } from '../ir/types.js';
import type { PackageModel } from './model.js';

export interface MockOperationModel {
  readonly method: string;
  readonly request: string;
  /** The response element's type, `undefined` for one-way operations. */
  readonly response: string;
}

export function mockModels(service: Service, model: PackageModel): MockOperationModel[] {
  return service.operations.map((op) => {
    const n = model.names.operations.get(op.name)!;
    return { method: n.method, request: n.request, response: op.output ? n.response : 'undefined' };
  });
}
