/**
 * Security against Mono: Secure.asmx reads wsse:Security from the request itself (its WSDL declares
 * no header) and checks the UsernameToken (text or digest), Created freshness, nonce replay and the
 * Timestamp, answering wsse:FailedAuthentication / wsse:InvalidSecurity faults; BasicAuth.asmx
 * answers 401 without the right HTTP Basic credentials. Clients are generated from the live WSDLs;
 * node-soap's WSSecurity and BasicAuthSecurity run the same cases as the reference.
 */
import { join } from 'node:path';
import * as soap from 'soap';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inlinePackage } from '../helpers/inline-package.js';
import { interopBed } from './env.js';

const bed = interopBed();

/* The parts of a generated package these tests use. */
interface Pkg {
  createClient(o: object): { whoami(input: { greeting?: string }): Promise<string | undefined> };
  wsSecurity(o: object): unknown;
  basicAuth(u: string, p: string): unknown;
  bearerToken(t: string): unknown;
  SoapFaultError: new (...a: never[]) => Error & { faultCode: string; faultString: string };
  HttpError: new (...a: never[]) => Error & { status: number; headers: Record<string, string> };
}

async function generated(service: string): Promise<Pkg> {
  const wsdl = await (await fetch(`${bed.baseUrl}/${service}.asmx?wsdl`)).text();
  expect(wsdl).not.toContain('Security');
  const { dir } = await inlinePackage({ [`${service}.wsdl`]: wsdl }, service);
  return (await import(join(dir, 'index.ts'))) as Pkg;
}

async function rejection(p: Promise<unknown>): Promise<Error & Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  throw new Error('expected a rejection');
}

/** Runs `f` with the clock `offsetMs` away from now (only `Date` is faked: timers and I/O run). */
async function atClock<T>(offsetMs: number, f: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + offsetMs);
  try {
    return await f();
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

const ALICE = { username: 'alice', password: 's3cret!' };
const BOB = { username: 'bob', password: 'pässwörd' };

describe.skipIf(!bed.enabled).each(['soap11', 'soap12'] as const)('WS-Security UsernameToken against Secure.asmx over %s', (protocol) => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await generated('Secure');
  }, 60_000);
  const client = (security?: unknown, extra: object = {}) => pkg.createClient({ endpoint: `${bed.baseUrl}/Secure.asmx`, protocol, security, ...extra });

  it('accepts PasswordDigest and PasswordText (a non-ASCII password too), a fresh nonce each call', async () => {
    const c = client(pkg.wsSecurity({ ...ALICE, passwordType: 'PasswordDigest' }));
    expect(await c.whoami({ greeting: 'hi' })).toBe('hello alice: hi');
    expect(await c.whoami({ greeting: 'again' })).toBe('hello alice: again');
    expect(await client(pkg.wsSecurity({ ...BOB, passwordType: 'PasswordDigest' })).whoami({ greeting: 'ü' })).toBe('hello bob: ü');
    expect(await client(pkg.wsSecurity(BOB)).whoami({ greeting: 'text' })).toBe('hello bob: text');
  });

  it('a wrong password or an unknown user is a wsse:FailedAuthentication fault', async () => {
    for (const passwordType of ['PasswordDigest', 'PasswordText']) {
      const e = await rejection(client(pkg.wsSecurity({ ...ALICE, password: 'nope', passwordType })).whoami({ greeting: 'x' }));
      expect(e).toBeInstanceOf(pkg.SoapFaultError);
      expect(e.faultCode).toMatch(/:FailedAuthentication$/);
      expect(e.faultString).toBe('wrong password');
    }
    const e = await rejection(client(pkg.wsSecurity({ username: 'mallory', password: 'x' })).whoami({}));
    expect(e.faultString).toBe('unknown user');
  });

  it('no header, or no Timestamp, is refused', async () => {
    const e = await rejection(client().whoami({ greeting: 'x' }));
    expect(e.faultCode).toMatch(/:InvalidSecurity$/);
    const e2 = await rejection(client(pkg.wsSecurity({ ...ALICE, timestamp: false })).whoami({ greeting: 'x' }));
    expect(e2.faultString).toBe('wsu:Timestamp is missing');
  });

  it('mustUnderstand: true is refused by ASMX, which processes no header its WSDL does not declare (why the default is false)', async () => {
    const e = await rejection(client(pkg.wsSecurity({ ...ALICE, mustUnderstand: true })).whoami({ greeting: 'x' }));
    expect(e).toBeInstanceOf(pkg.SoapFaultError);
    expect(e.faultCode).toMatch(/:MustUnderstand$/);
  });

  it('a replayed request (same nonce) is refused: the request replayed through onRequest', async () => {
    let first: string | undefined;
    const c = client(pkg.wsSecurity({ ...ALICE, passwordType: 'PasswordDigest' }), {
      hooks: {
        onRequest: (ctx: { body: string }) => {
          if (first === undefined) first = ctx.body;
          else return { body: first };
        },
      },
    });
    expect(await c.whoami({ greeting: 'once' })).toBe('hello alice: once');
    const e = await rejection(c.whoami({ greeting: 'twice' }));
    expect(e.faultCode).toMatch(/:FailedAuthentication$/);
    expect(e.faultString).toBe('Nonce already used');
  });

  it('an expired Timestamp and a stale Created are refused; the Timestamp lifetime is the one asked', async () => {
    const e = await rejection(atClock(-10 * 60_000, () => client(pkg.wsSecurity({ ...ALICE, passwordType: 'PasswordDigest' })).whoami({})));
    expect(e.faultString).toBe('Timestamp expired');
    const e2 = await rejection(atClock(-10 * 60_000, () => client(pkg.wsSecurity({ ...ALICE, passwordType: 'PasswordDigest', timestamp: { ttlSeconds: 3600 } })).whoami({})));
    expect(e2.faultString).toBe('Created is too old');
    const e3 = await rejection(atClock(-3 * 60_000, () => client(pkg.wsSecurity({ ...ALICE, timestamp: { ttlSeconds: 60 } })).whoami({})));
    expect(e3.faultString).toBe('Timestamp expired');
    expect(await atClock(-3 * 60_000, () => client(pkg.wsSecurity({ ...ALICE, timestamp: { ttlSeconds: 600 } })).whoami({ greeting: 'ok' }))).toBe('hello alice: ok');
  });
});

describe.skipIf(!bed.enabled)('HTTP Basic against BasicAuth.asmx', () => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await generated('BasicAuth');
  }, 60_000);
  const client = (security?: unknown) => pkg.createClient({ endpoint: `${bed.baseUrl}/BasicAuth.asmx`, security });

  it('accepts the right credentials and answers 401 otherwise', async () => {
    expect(await client(pkg.basicAuth('alice', 's3cret!')).whoami({ greeting: 'hi' })).toBe('hello alice: hi');
    for (const security of [undefined, pkg.basicAuth('alice', 'wrong'), pkg.bearerToken('s3cret!')]) {
      const e = await rejection(client(security).whoami({ greeting: 'hi' }));
      expect(e).toBeInstanceOf(pkg.HttpError);
      expect(e.status).toBe(401);
      expect(e.headers['www-authenticate']).toBe('Basic realm="svcgen"');
    }
  });
});

/** node-soap's fault code and string, from the error its client rejects with. */
function soapFault(e: unknown): { code: string; text: string } {
  const f = (e as { root?: { Envelope?: { Body?: { Fault?: Record<string, unknown> } } } }).root?.Envelope?.Body?.Fault;
  if (!f) throw e;
  const code = (f.faultcode as string | undefined) ?? ((f.Code as { Value?: string } | undefined)?.Value ?? '');
  const reason = f.Reason as { Text?: string | { $value?: string } } | undefined;
  const text = (f.faultstring as string | undefined) ?? (typeof reason?.Text === 'object' ? (reason.Text.$value ?? '') : (reason?.Text ?? ''));
  return { code, text };
}

describe.skipIf(!bed.enabled)('the same cases with node-soap (reference)', () => {
  const secure = () => soap.createClientAsync(`${bed.baseUrl}/Secure.asmx?wsdl`, {}, `${bed.baseUrl}/Secure.asmx`);
  type Whoami = { WhoamiAsync(a: object): Promise<[{ WhoamiResult: string }]> };

  it('WSSecurity: digest and text accepted, wrong password, missing Timestamp and stale clock refused', async () => {
    const c = (await secure()) as unknown as soap.Client & Whoami;
    c.setSecurity(new soap.WSSecurity(ALICE.username, ALICE.password, { passwordType: 'PasswordDigest' }));
    expect((await c.WhoamiAsync({ greeting: 'hi' }))[0].WhoamiResult).toBe('hello alice: hi');
    // node-soap sends no Nonce with PasswordText unless asked (svcgen always does); the service wants one.
    c.setSecurity(new soap.WSSecurity(BOB.username, BOB.password, { passwordType: 'PasswordText' }));
    expect(soapFault(await rejection(c.WhoamiAsync({ greeting: 'text' }))).text).toBe('Nonce missing');
    c.setSecurity(new soap.WSSecurity(BOB.username, BOB.password, { passwordType: 'PasswordText', hasNonce: true }));
    expect((await c.WhoamiAsync({ greeting: 'text' }))[0].WhoamiResult).toBe('hello bob: text');
    c.setSecurity(new soap.WSSecurity(BOB.username, BOB.password, { passwordType: 'PasswordDigest' }));
    expect((await c.WhoamiAsync({ greeting: 'ü' }))[0].WhoamiResult).toBe('hello bob: ü');
    c.setSecurity(new soap.WSSecurity(ALICE.username, 'nope', { passwordType: 'PasswordDigest' }));
    expect(soapFault(await rejection(c.WhoamiAsync({ greeting: 'x' })))).toMatchObject({ code: expect.stringMatching(/:FailedAuthentication$/), text: 'wrong password' });
    c.setSecurity(new soap.WSSecurity(ALICE.username, ALICE.password, { passwordType: 'PasswordDigest', hasTimeStamp: false }));
    expect(soapFault(await rejection(c.WhoamiAsync({ greeting: 'x' }))).text).toBe('wsu:Timestamp is missing');
    c.setSecurity(new soap.WSSecurity(ALICE.username, ALICE.password, { passwordType: 'PasswordDigest' }));
    expect(soapFault(await rejection(atClock(-10 * 60_000, () => c.WhoamiAsync({ greeting: 'x' })))).text).toBe('Timestamp expired');
  });

  it('BasicAuthSecurity: accepted, and 401 with a wrong password', async () => {
    const c = (await soap.createClientAsync(`${bed.baseUrl}/BasicAuth.asmx?wsdl`, {}, `${bed.baseUrl}/BasicAuth.asmx`)) as unknown as soap.Client & Whoami;
    c.setSecurity(new soap.BasicAuthSecurity('alice', 's3cret!'));
    expect((await c.WhoamiAsync({ greeting: 'hi' }))[0].WhoamiResult).toBe('hello alice: hi');
    c.setSecurity(new soap.BasicAuthSecurity('alice', 'wrong'));
    const e = await rejection(c.WhoamiAsync({ greeting: 'hi' }));
    expect((e as { response?: { status?: number } }).response?.status).toBe(401);
  });
});
