// @ts-check
// netForumXML (xWeb): authenticate, then insert a facade object, offline against the package's
// mock. Run: node examples/xweb.js
import { createClient, createMockFetch, fixtures } from '../generated/xweb/dist/index.js';

const mock = createMockFetch({
  overrides: { authenticate: { response: { AuthenticateResult: 'https://netforum.example/xweb/secure/netForumXML.asmx' } } },
});
const client = createClient({ fetch: mock });

const next = await client.authenticate({ userName: 'api-user', password: 'secret' });
console.log(`authenticated; next endpoint: ${next}`);
await client.insertFacadeObject(fixtures.insertFacadeObject.request);
console.log(`operations called: ${mock.calls.map((c) => c.operation).join(', ')}`);
