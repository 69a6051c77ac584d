/** Narrowing helpers over the `Operation` union (see `types.ts`). */
import type { Operation, RestOperation, Service, SoapOperation, SoapService } from './types.js';

export const isSoapOperation = (o: Operation): o is SoapOperation => o.binding === 'soap';
export const isRestOperation = (o: Operation): o is RestOperation => o.binding === 'rest';

/** The service as a SOAP service; an internal error when it holds a Web API operation. */
export function soapService(service: Service): SoapService {
  const rest = service.operations.find(isRestOperation);
  if (rest) throw new Error(`internal error: the Web API operation ${rest.name} reached the SOAP emitter`);
  return service as SoapService;
}
