// @ts-check
// SeeThePro Web API: create an interaction in JSON and in XML, read the result, and see the
// service refuse an invalid request, all offline against the package's mock.
// Run: node examples/seethepro.js
import { createClient, createMockFetch, HttpError, readApiErrorBody } from '../generated/seethepro/dist/index.js';

const mock = createMockFetch({
  overrides: {
    vspinteractionCreate: {
      // Answers computed from the decoded request body.
      response: ({ body }) => ({
        InteractionId: `int-${body.InteractionIdentity}`,
        CampaignKey: 'spring',
        InteractionUrl: `https://seethepro.example.invalid/i/${body.InteractionIdentity}`,
      }),
    },
  },
});

/** @type {import('../generated/seethepro/dist/index.js').CreateVspInteraction} */
const request = {
  AppAccessKey: 'app-key',
  InteractionIdentity: 'call-1001',
  InteractionName: 'Demo call',
  AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7',
  ContactId: '3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0',
};

for (const format of /** @type {const} */ (['json', 'xml'])) {
  const client = createClient({ baseUrl: 'https://seethepro.example.invalid/', fetch: mock, format });
  const interaction = await client.vspinteractionCreate(request);
  console.log(`${format}: ${interaction.InteractionId} at ${interaction.InteractionUrl}`);
}

// With the client's own checks off, the mock's validators answer 400 with ASP.NET's ModelState
// (SeeThePro documents no status codes, so it is an HttpError whose body is read here).
const unchecked = createClient({ baseUrl: 'https://seethepro.example.invalid/', fetch: mock, validate: false });
const { AppAccessKey: _dropped, ...withoutKey } = request;
try {
  await unchecked.vspinteractionCreate(/** @type {typeof request} */ (withoutKey));
} catch (e) {
  if (!(e instanceof HttpError)) throw e;
  const { message, fieldErrors } = readApiErrorBody(e.body, e.headers['content-type']);
  console.log(`HTTP ${e.status}: ${message} ${JSON.stringify(fieldErrors)}`);
}
console.log(`requests seen by the mock: ${mock.calls.length} (formats: ${mock.calls.map((c) => c.format).join(', ')})`);
