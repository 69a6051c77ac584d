// @ts-check
// PlusventaServiceV2: a one-way-looking (void) operation, request validation, HTTP errors,
// offline against the package's mock. Run: node examples/plusventa.js
import { createClient, createMockFetch, fixtures, HttpError, ValidationError } from '../generated/plusventa/dist/index.js';

const mock = createMockFetch();
const client = createClient({ fetch: mock, endpoint: 'https://plusventa.example/PlusventaServiceV2.asmx' });

await client.createInteraction({ ...fixtures.createInteraction.request, username: 'ana', evaluation: 5 });
const sent = /** @type {{ username?: string }} */ (mock.calls[0].request);
console.log(`interaction created by ${sent.username}`);

try {
  await client.createInteraction({ ...fixtures.createInteraction.request, evaluation: 1.5 });
} catch (e) {
  if (!(e instanceof ValidationError)) throw e;
  console.log(`rejected before sending: ${e.message}`);
}

mock.override('createInteraction', { httpError: { status: 503, statusText: 'Service Unavailable' } });
try {
  await client.createInteraction(fixtures.createInteraction.request);
} catch (e) {
  if (!(e instanceof HttpError)) throw e;
  console.log(`HTTP ${e.status}`);
}
