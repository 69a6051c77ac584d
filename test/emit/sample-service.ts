import type { Service } from '../../generator/ir/types.js';
import { field, prim, ref } from '../helpers/ir.js';

const TNS = 'http://tempuri.org/';

/** A hand-written IR shaped like seed 003 plus a few extra constructs, for emitter tests. */
export const sampleService: Service = {
  kind: 'service',
  name: 'ChatService',
  namespace: TNS,
  endpoints: [{ protocol: 'soap11', host: 'example.com', path: '/chat/Chat.asmx' }, { protocol: 'soap12', host: 'example.com', path: '/chat/Chat.asmx' }],
  operations: [
    {
      kind: 'operation',
      binding: 'soap',
      name: 'GetChat',
      description: 'Reads a chat. Careful: */ ends comments, `backticks` and ${x}.',
      soapAction: 'http://tempuri.org/GetChat',
      protocols: ['soap11', 'soap12'],
      input: { kind: 'message', element: 'GetChat', namespace: TNS, wrapped: true, fields: [field('Id', prim('string'), { optional: true }), field('When', prim('dateTime')), field('Amount', prim('decimal'))] },
      output: { kind: 'message', element: 'GetChatResponse', namespace: TNS, wrapped: true, fields: [field('GetChatResult', ref('Chat'), { optional: true })] },
      returns: 'result',
      headersIn: [{ kind: 'header', name: 'AuthHeader', namespace: TNS, type: ref('AuthHeader') }],
      headersOut: [],
      faults: [],
    },
    {
      kind: 'operation',
      binding: 'soap',
      name: 'Ping',
      soapAction: 'http://tempuri.org/Ping',
      protocols: ['soap11'],
      input: { kind: 'message', element: 'Ping', namespace: TNS, wrapped: true, fields: [] },
      output: { kind: 'message', element: 'PingResponse', namespace: TNS, wrapped: true, fields: [] },
      returns: 'void',
      headersIn: [],
      headersOut: [],
      faults: [],
    },
  ],
  types: [
    { kind: 'complex', id: 'Chat', name: 'Chat', namespace: TNS, fields: [field('IdRequest', prim('int')), field('Status', ref('Status')), field('Tags', prim('string'), { array: true, optional: true, arrayItem: { name: 'string', namespace: TNS } }), field('Next', ref('Chat'), { optional: true }), field('__proto__', prim('string'), { optional: true }), field('my-field', prim('long'), { optional: true, nillable: true })] },
    { kind: 'enum', id: 'Status', name: 'Status', values: [{ name: 'Open' }, { name: 'Closed' }] },
    { kind: 'complex', id: 'AuthHeader', name: 'AuthHeader', namespace: TNS, fields: [field('Token', prim('string'), { optional: true })] },
  ],
  sources: [{ file: 'specs/chat/page.txt', format: 'asmx-help' }],
  diagnostics: [],
};
