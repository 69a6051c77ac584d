/**
 * A request member or SOAP header the service does not declare would be dropped silently on the
 * wire; it is a ValidationError with the closest declared name instead, from TypeScript (type
 * errors cast away) as from plain JavaScript.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { validateValue } from '../../templates/runtime/validate.js';
import { ValidationError } from '../../templates/runtime/errors.js';
import { createClient as tpClient } from '../../generated/tpclient/index.js';
import { createClient as headersClient } from '../../generated/wsdl-headers/index.js';
import { xmlFetch } from '../helpers/xml-fetch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function rejection(p: Promise<unknown>): Promise<ValidationError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Error);
  expect((e as Error).name).toBe('ValidationError');
  return e as ValidationError;
}

describe('undeclared request members', () => {
  const Inner: TypeDesc = { kind: 'complex', name: 'Inner', fields: [{ key: 'UserName', type: 'string', optional: true }] };
  const Outer: TypeDesc = {
    kind: 'complex',
    name: 'Outer',
    openKey: '$extra',
    fields: [
      { key: 'Id', type: 'int', optional: true },
      { key: 'Items', type: Inner, array: true, optional: true },
    ],
  };

  it('are problems with their path and the closest declared name; undefined members, $extra of open records are not', () => {
    const got = validateValue(Outer, { Id: 1, ID: 2, $extra: '<x/>', Nope: undefined, Items: [{ UserName: 'a' }, { Username: 'b' }], Zzz: 1 }, 'request');
    expect(got).toEqual([
      { path: 'request.Items[1].Username', message: 'Inner has no member "Username"; did you mean "UserName"? (it would not be sent)' },
      { path: 'request.ID', message: 'Outer has no member "ID"; did you mean "Id"? (it would not be sent)' },
      { path: 'request.Zzz', message: 'Outer has no member "Zzz" (it would not be sent)' },
    ]);
  });

  it('$type is declared only on types of a derivation', () => {
    expect(validateValue(Inner, { $type: 'Inner' }, 'request').map((p) => p.path)).toEqual(['request.$type']);
    expect(validateValue({ ...Inner, tag: 'Inner' }, { $type: 'Inner' }, 'request')).toEqual([]);
  });

  it('a misspelt key in a generated client: ValidationError, nothing sent', async () => {
    const sent: string[] = [];
    const client = tpClient({ fetch: xmlFetch('<x/>', { sent }) });
    const e = await rejection(client.getChatRequestByConnectionId({ ChatConnectionId: '42' } as never));
    expect(e.problems).toEqual([{ path: 'request.ChatConnectionId', message: expect.stringContaining('did you mean "ChatConnectionIDBD"?') }]);
    expect(sent).toEqual([]);
  });

  it('from plain JavaScript (the built dist/)', async () => {
    const script = `import { createClient } from ${JSON.stringify(join(root, 'generated/tpclient/dist/index.js'))};
try { await createClient({ fetch: () => { throw new Error('sent'); } }).getChatRequestByConnectionId({ ChatConnectionId: '42' }); }
catch (e) { console.log(e.name + ': ' + e.message); }`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(stdout).toContain('ValidationError: Invalid request (1 problem):\n  request.ChatConnectionId: GetChatRequestByConnectionId has no member "ChatConnectionId"');
    expect(stdout).toContain('did you mean "ChatConnectionIDBD"?');
  });
});

describe('undeclared SOAP headers', () => {
  it('are problems, with the closest header the operation takes', async () => {
    const sent: string[] = [];
    const client = headersClient({ endpoint: 'http://localhost/x', fetch: xmlFetch('<x/>', { sent }) });
    const e = await rejection(client.testHeader1({}, { soapHeaders: { testheader1: {}, Token: 'x' } as never }));
    expect(e.problems).toEqual([
      { path: 'soapHeaders.testheader1', message: 'testHeader1 has no SOAP header "testheader1"; did you mean "testHeader1"? (it would not be sent)' },
      { path: 'soapHeaders.Token', message: 'testHeader1 has no SOAP header "Token" (it would not be sent)' },
    ]);
    expect(sent).toEqual([]);
  });
});
