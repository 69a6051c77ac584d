// @ts-check
// Caliq Web API: create an interaction, read the issues it reports, and handle the documented
// error statuses (ApiError with the page's meaning and ModelState field errors), all offline
// against the package's mock. Run: node examples/caliq.js
import { ApiError, createClient, createMockFetch, fixtures } from '../generated/caliq/dist/index.js';

const mock = createMockFetch();
const client = createClient({ baseUrl: 'https://caliq.example.invalid/', fetch: mock, format: 'xml' });

/** @type {import('../generated/caliq/dist/index.js').InteractionCreateParams} */
const request = {
  apiKey: 'demo-key',
  ChannelID: 2,
  AccountNo: 'ACC0001',
  UniqueID: 'visit-2024-001',
  Kind: 'V',
  ContactedBy: 'ANN',
  ContactedFirstName: 'Bo',
  ContactedSurname: 'Cy',
  OnDateTime: '2024-05-06T10:00:00',
  FollowUpBy: 'ANN',
};

// The default answer is the page's sample response.
const result = await client.interactionCreate(request);
const issues = result.InteractionAddData?.InteractionCreateIssues ?? [];
console.log(`ok: ${result.InteractionAddData?.OK}, issues: ${issues.map((i) => `${i.ID} ${i.Message}`).join('; ')}`);
console.log(`same as the fixture: ${JSON.stringify(result) === JSON.stringify(fixtures.interactionCreate.response)}`);

// A documented status: the page says what 401 means.
mock.override('interactionCreate', { apiError: { status: 401, message: 'Unknown api key' } });
try {
  await client.interactionCreate(request);
} catch (e) {
  if (!(e instanceof ApiError)) throw e;
  console.log(`HTTP ${e.status} (${e.meaning}): ${e.apiMessage}`);
}

// An invalid request (AccountNo is at most 10 characters) reaches the mock when the client's
// checks are off; the 400 comes back with ModelState field errors.
mock.reset();
const unchecked = createClient({ baseUrl: 'https://caliq.example.invalid/', fetch: mock, validate: false });
try {
  await unchecked.interactionCreate({ ...request, AccountNo: 'ACC-000000000001' });
} catch (e) {
  if (!(e instanceof ApiError)) throw e;
  for (const [field, messages] of Object.entries(e.fieldErrors)) console.log(`${field}: ${messages.join(' ')}`);
}
console.log(`requests seen by the mock since the reset: ${mock.calls.length}`);
