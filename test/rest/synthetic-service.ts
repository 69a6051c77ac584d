import type { ElementField, Service, TypeRef } from '../../generator/ir/types.js';

/**
 * A Web API service built by hand, with what the seeds lack: route and query parameters, decimal,
 * long, dates, bytes, a numeric enum, a nillable member, a camelCase JSON name with a PascalCase
 * XML name, a DataContract string collection, a void endpoint and a collection response.
 */
const NS = 'http://schemas.datacontract.org/2004/07/Shop.Models';
const ARR = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
const p = (name: Extract<TypeRef, { kind: 'primitive' }>['name']): TypeRef => ({ kind: 'primitive', name });
const f = (name: string, type: TypeRef, extra: Partial<Omit<ElementField, 'kind' | 'fieldKind'>> = {}): ElementField => ({ kind: 'field', fieldKind: 'element', name, type, optional: true, array: false, nillable: false, ...extra });

export const shopService: Service = {
  kind: 'service',
  name: 'Shop',
  endpoints: [{ protocol: 'rest', host: 'shop.example.test', path: '/', url: 'https://shop.example.test' }],
  types: [
    { kind: 'enum', id: 'Status', name: 'Status', values: [{ name: 'Active', value: 1 }, { name: 'Closed', value: 5 }], jsonAs: 'number' },
    {
      kind: 'complex',
      id: 'Account',
      name: 'Account',
      namespace: NS,
      provenance: 'declared',
      fields: [
        f('Name', p('string'), { optional: false, facets: { maxLength: 5 }, description: 'Display name. Required if Code not set' }),
        f('Balance', p('decimal')),
        f('Big', p('long')),
        f('Born', p('dateTime')),
        f('Avatar', p('base64Binary')),
        f('Status', { kind: 'ref', id: 'Status' }),
        f('Note', p('string'), { nillable: true }),
        f('rowVersion', p('int'), { xmlName: 'RowVersion' }),
        f('Tags', p('string'), { array: true, arrayItem: { name: 'string', namespace: ARR } }),
      ],
    },
  ],
  operations: [
    {
      kind: 'operation',
      binding: 'rest',
      name: 'Accounts',
      protocols: ['rest'],
      input: { kind: 'message', wrapped: false, fields: [] },
      output: { kind: 'message', wrapped: false, fields: [] },
      rest: {
        method: 'GET',
        path: 'api/v2/accounts/{id}',
        pathParams: [f('id', p('int'), { optional: false })],
        queryParams: [f('q', p('string')), f('since', p('dateTime'))],
        requestMediaTypes: [],
        responseMediaTypes: ['application/json', 'text/json', 'application/xml', 'text/xml'],
        xmlFlavour: 'datacontract',
        xmlNamespace: NS,
        response: { kind: 'ref', id: 'Account' },
        statuses: [{ code: 404, description: 'No such account' }],
      },
    },
    {
      kind: 'operation',
      binding: 'rest',
      name: 'PostAccounts',
      protocols: ['rest'],
      input: { kind: 'message', wrapped: false, fields: [] },
      output: { kind: 'message', wrapped: false, fields: [] },
      rest: {
        method: 'POST',
        path: 'api/v2/accounts',
        pathParams: [],
        queryParams: [],
        body: { kind: 'ref', id: 'Account' },
        bodyArray: true,
        requestMediaTypes: ['application/json', 'application/xml', 'application/x-www-form-urlencoded'],
        responseMediaTypes: [],
        xmlFlavour: 'datacontract',
        xmlNamespace: NS,
        statuses: [{ code: 400, description: 'Invalid accounts' }],
      },
    },
  ],
  sources: [{ file: 'specs/shop/page.txt', format: 'webapi-help' }],
  diagnostics: [],
};

/** Models only (ResourceModel pages). */
export const modelsOnly: Service = {
  ...shopService,
  name: 'ShopModels',
  endpoints: [],
  operations: [],
};
