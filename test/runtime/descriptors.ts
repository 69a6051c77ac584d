/**
 * Hand-written descriptors mirroring two ASMX help pages: GetChatRequestByConnectionId of
 * TPClientWebServicesAPI (a request of five strings; a response record holding `response` and
 * `ChatRequest` records) and CreateInteraction of PlusventaServiceV2 (eleven parameters, void).
 */

import type { FieldDesc, OperationDesc, ServiceDesc, TypeDesc } from '../../templates/runtime/schema.js';

export const TNS = 'http://tempuri.org/';

const str = (key: string): FieldDesc => ({ key, ns: TNS, type: 'string', optional: true });
const int = (key: string): FieldDesc => ({ key, ns: TNS, type: 'int' });
const dt = (key: string): FieldDesc => ({ key, ns: TNS, type: 'dateTime' });

export const ResponseInfo: TypeDesc = {
  kind: 'complex',
  name: 'ResponseInfo',
  namespace: TNS,
  fields: [int('responseCode'), str('responseDescription'), str('encryptedSymmetrickey')],
};

export const ChatRequest: TypeDesc = {
  kind: 'complex',
  name: 'ChatRequest',
  namespace: TNS,
  fields: [
    int('IdRequest'),
    int('CaseNumber'),
    dt('CreationDate'),
    int('IdQueue'),
    dt('KeepAliveRouterDate'),
    dt('AssignAgentRouterDate'),
    int('IdConnection'),
    int('IdRequestTransfer'),
    str('UserName'),
    str('UserLastName'),
    str('UserEmail'),
    int('UserOffsetTime'),
    str('EncryptedChatRequestId'),
  ],
};

export const ChatResult: TypeDesc = {
  kind: 'complex',
  name: 'ChatResult',
  namespace: TNS,
  fields: [
    { key: 'response', ns: TNS, type: ResponseInfo, optional: true },
    { key: 'ChatRequest', ns: TNS, type: ChatRequest, optional: true },
  ],
};

export const GetChatResponse: TypeDesc = {
  kind: 'complex',
  name: 'GetChatRequestByConnectionIdResponse',
  namespace: TNS,
  fields: [{ key: 'GetChatRequestByConnectionIdResult', ns: TNS, type: ChatResult, optional: true }],
};

export const GetChatRequest: TypeDesc = {
  kind: 'complex',
  name: 'GetChatRequestByConnectionId',
  namespace: TNS,
  fields: ['PublicKey1', 'EncryptedUser', 'EncryptedPassword', 'EncryptedSignature', 'ChatConnectionIDBD'].map(str),
};

export const getChatOp: OperationDesc = {
  name: 'GetChatRequestByConnectionId',
  action: 'http://tempuri.org/GetChatRequestByConnectionId',
  protocols: ['soap11', 'soap12'],
  input: { name: 'GetChatRequestByConnectionId', ns: TNS, type: GetChatRequest },
  output: { name: 'GetChatRequestByConnectionIdResponse', ns: TNS, type: GetChatResponse },
  returns: 'result',
  resultKey: 'GetChatRequestByConnectionIdResult',
};

export const chatService: ServiceDesc = {
  name: 'TPClientWebServicesAPI',
  endpoints: { soap11: 'https://semp.example.test/semp/TPClientWebServicesAPI.asmx', soap12: 'https://semp.example.test/semp/TPClientWebServicesAPI.asmx' },
  defaultProtocol: 'soap11',
};

/** A variant of the result with arrays: `ChatRequest` repeated, `Ids` wrapped (`ArrayOfInt`). */
export const ChatListResult: TypeDesc = {
  kind: 'complex',
  name: 'ChatListResult',
  namespace: TNS,
  fields: [
    { key: 'response', ns: TNS, type: ResponseInfo, optional: true },
    { key: 'ChatRequest', ns: TNS, type: ChatRequest, array: true, optional: true },
    { key: 'Ids', ns: TNS, type: 'int', array: true, optional: true, item: { name: 'int', ns: TNS } },
  ],
};

export const CreateInteraction: TypeDesc = {
  kind: 'complex',
  name: 'CreateInteraction',
  namespace: TNS,
  fields: [
    str('username'),
    str('interactionTemplateCode'),
    str('contactCode'),
    { key: 'evaluation', ns: TNS, type: 'int', facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' } },
    { key: 'duration', ns: TNS, type: 'decimal' },
    str('description'),
    str('comments'),
    str('interactionDateTime'),
    str('locationLatitude'),
    str('locationLongitude'),
    str('locationAddress'),
  ],
};

export const createInteractionOp: OperationDesc = {
  name: 'CreateInteraction',
  action: 'http://tempuri.org/CreateInteraction',
  protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
  input: { name: 'CreateInteraction', ns: TNS, type: CreateInteraction },
  output: { name: 'CreateInteractionResponse', ns: TNS, type: { kind: 'complex', name: 'CreateInteractionResponse', namespace: TNS, fields: [] } },
  returns: 'void',
};

export const plusventaService: ServiceDesc = {
  name: 'PlusventaServiceV2',
  endpoints: {
    soap11: 'https://api-sandbox.plusventa.example/PlusventaServiceV2.asmx',
    soap12: 'https://api-sandbox.plusventa.example/PlusventaServiceV2.asmx',
    'http-get': 'https://api-sandbox.plusventa.example/PlusventaServiceV2.asmx',
    'http-post': 'https://api-sandbox.plusventa.example/PlusventaServiceV2.asmx',
  },
  defaultProtocol: 'soap11',
};

/** A sample ChatRequest value. */
export function sampleChat(i = 0): Record<string, unknown> {
  return {
    IdRequest: 1000 + i,
    CaseNumber: 7,
    CreationDate: '2024-03-01T10:20:30.123-03:00',
    IdQueue: 3,
    KeepAliveRouterDate: '2024-03-01T10:21:00',
    AssignAgentRouterDate: '2024-03-01T10:22:00Z',
    IdConnection: 42,
    IdRequestTransfer: 0,
    UserName: `Ana <${i}> & "Zoë" 🎉`,
    UserLastName: 'Souza',
    UserEmail: 'ana@example.com',
    UserOffsetTime: -180,
    EncryptedChatRequestId: 'q1w2e3==',
  };
}

/** The SOAP 1.1 response envelope for a result element's inner XML. */
export function chatEnvelope11(resultInner: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/">
      <GetChatRequestByConnectionIdResult>${resultInner}</GetChatRequestByConnectionIdResult>
    </GetChatRequestByConnectionIdResponse>
  </soap:Body>
</soap:Envelope>`;
}

/** A recursive record: Node { Name?: string; Child?: Node }. */
export const Node: TypeDesc = {
  kind: 'complex',
  name: 'Node',
  fields: [
    { key: 'Name', type: 'string', optional: true },
    {
      key: 'Child',
      get type() {
        return Node;
      },
      optional: true,
    },
  ],
};
