// @ts-check
// TPClientWebServicesAPI: call an operation, read its result, handle a fault, all offline
// against the package's mock. Run: node examples/tpclient.js
import { createClient, createMockFetch, SoapFaultError } from '../generated/tpclient/dist/index.js';

const mock = createMockFetch({
  overrides: {
    getChatRequestByConnectionId: {
      // Answers computed from the decoded request.
      response: (request) => ({
        GetChatRequestByConnectionIdResult: {
          response: { responseCode: 0, responseDescription: `chat ${request.ChatConnectionIDBD}` },
          ChatRequest: {
            IdRequest: 1, CaseNumber: 1001, CreationDate: '2024-01-02T03:04:05', IdQueue: 3,
            KeepAliveRouterDate: '2024-01-02T03:04:05', AssignAgentRouterDate: '2024-01-02T03:04:05',
            IdConnection: 42, IdRequestTransfer: 0, UserOffsetTime: -180, UserName: 'Ana',
          },
        },
      }),
    },
  },
});
const client = createClient({ fetch: mock, protocol: 'soap12' });

const result = await client.getChatRequestByConnectionId({ ChatConnectionIDBD: '42' });
console.log(`case ${result?.ChatRequest?.CaseNumber} for ${result?.ChatRequest?.UserName}: ${result?.response?.responseDescription}`);

mock.override('getChatRequestByConnectionId', { fault: { message: 'Invalid signature' } });
try {
  await client.getChatRequestByConnectionId({ ChatConnectionIDBD: '42' });
} catch (e) {
  if (!(e instanceof SoapFaultError)) throw e;
  console.log(`fault: ${e.message}`);
}
console.log(`requests seen by the mock: ${mock.calls.length}`);
