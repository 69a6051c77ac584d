import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSoapConnection, createSoapRuntime, type ClientOptions } from '../../templates/runtime/client.js';
import { HttpError, ResponseError, SoapFaultError, SvcgenError, ValidationError } from '../../templates/runtime/errors.js';
import { HookError, useHooks, type Hooks } from '../../templates/runtime/hooks.js';
import { useHttp } from '../../templates/runtime/http.js';
import { useMtom } from '../../templates/runtime/mtom.js';
import { createRestRuntime } from '../../templates/runtime/rest-client.js';
import type { RestOperationDesc, RestServiceDesc } from '../../templates/runtime/rest-schema.js';
import { basicAuth, bearerToken, passwordDigest, wsSecurity, WSSE_NS, WSU_NS } from '../../templates/runtime/security.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { chatEnvelope11, chatService, getChatOp } from './descriptors.js';

interface Sent {
  url: string;
  headers: Headers;
  body: string;
}

function recorder(answer: () => Response = () => ok()): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const f = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), headers: new Headers(init?.headers), body: init?.body === undefined ? '' : String(init.body) });
    return answer();
  };
  return { fetch: f as typeof fetch, sent };
}

const ok = () => new Response(chatEnvelope11('<response><responseCode>0</responseCode></response>'), { headers: { 'content-type': 'text/xml; charset=utf-8' } });
const input = { ChatConnectionIDBD: 'c' };

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** The children of the request's wsse:Security header, read with the runtime's own scanner. */
function securityHeader(body: string): { attrs: Record<string, string>; tokens: Record<string, string>[]; timestamp?: Record<string, string>; passwordType: string[] } {
  const r = new XmlReader(body);
  r.prolog();
  const env = r.open();
  const header = r.first(env)!;
  expect(r.localName(header)).toBe('Header');
  const sec = r.first(header)!;
  expect(r.localName(sec)).toBe('Security');
  expect(sec.ns).toBe(WSSE_NS);
  const attrs: Record<string, string> = {};
  const mu = r.attr('mustUnderstand', 'http://schemas.xmlsoap.org/soap/envelope/') ?? r.attr('mustUnderstand', 'http://www.w3.org/2003/05/soap-envelope');
  if (mu !== undefined) attrs.mustUnderstand = mu;
  const tokens: Record<string, string>[] = [];
  const passwordType: string[] = [];
  let timestamp: Record<string, string> | undefined;
  for (let c = r.first(sec); c; c = r.next(sec)) {
    const fields: Record<string, string> = {};
    const isTs = r.localName(c) === 'Timestamp';
    expect(c.ns).toBe(isTs ? WSU_NS : WSSE_NS);
    for (let f = r.first(c); f; f = r.next(c)) {
      if (r.localName(f) === 'Password') passwordType.push(r.attr('Type', '') ?? '');
      if (r.localName(f) === 'Nonce') expect(r.attr('EncodingType', '')).toMatch(/#Base64Binary$/);
      fields[r.localName(f)] = r.text(f);
    }
    if (isTs) timestamp = fields;
    else tokens.push(fields);
  }
  return { attrs, tokens, timestamp, passwordType };
}

describe('security', () => {
  it('wsSecurity PasswordDigest: Base64(SHA-1(nonce + created + password)) with a fresh nonce per call', async () => {
    const { fetch, sent } = recorder();
    const rt = createSoapRuntime(chatService, { fetch, security: wsSecurity({ username: 'ana & co', password: 'pässword', passwordType: 'PasswordDigest' }) });
    await rt.invoke(getChatOp, input);
    await rt.invoke(getChatOp, input);
    const a = securityHeader(sent[0].body);
    const b = securityHeader(sent[1].body);
    const t = a.tokens[0];
    expect(t.Username).toBe('ana & co');
    expect(a.passwordType[0]).toBe('http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest');
    const expected = createHash('sha1')
      .update(Buffer.concat([Buffer.from(t.Nonce, 'base64'), Buffer.from(t.Created, 'utf8'), Buffer.from('pässword', 'utf8')]))
      .digest('base64');
    expect(t.Password).toBe(expected);
    expect(Buffer.from(t.Nonce, 'base64')).toHaveLength(16);
    expect(Math.abs(Date.parse(t.Created) - Date.now())).toBeLessThan(60_000);
    expect(b.tokens[0].Nonce).not.toBe(t.Nonce);
    expect(b.tokens[0].Password).not.toBe(t.Password);
    expect(sent[0].body).not.toContain('pässword');
    // Default: a Timestamp valid 300 s, no mustUnderstand.
    expect(Date.parse(a.timestamp!.Expires) - Date.parse(a.timestamp!.Created)).toBe(300_000);
    expect(a.attrs.mustUnderstand).toBeUndefined();
  });

  it('passwordDigest matches the UsernameToken Profile example computed independently', async () => {
    const nonce = Uint8Array.from([1, 2, 3, 250, 251, 252]);
    const created = '2003-07-16T01:24:32Z';
    const want = createHash('sha1').update(Buffer.concat([Buffer.from(nonce), Buffer.from(created), Buffer.from('taadtaadpstcsm')])).digest('base64');
    expect(await passwordDigest(nonce, created, 'taadtaadpstcsm')).toBe(want);
  });

  it('wsSecurity PasswordText, timestamp ttl, mustUnderstand in SOAP 1.1 and 1.2', async () => {
    const { fetch, sent } = recorder();
    const security = wsSecurity({ username: 'u', password: 'p<w>', timestamp: { ttlSeconds: 60 }, mustUnderstand: true });
    await createSoapRuntime(chatService, { fetch, security }).invoke(getChatOp, input);
    const s = securityHeader(sent[0].body);
    expect(s.tokens[0].Password).toBe('p<w>');
    expect(s.passwordType[0]).toMatch(/#PasswordText$/);
    expect(s.attrs.mustUnderstand).toBe('1');
    expect(Date.parse(s.timestamp!.Expires) - Date.parse(s.timestamp!.Created)).toBe(60_000);
    const ok12 = () =>
      new Response(ok().body, { headers: { 'content-type': 'application/soap+xml' } });
    const r12 = recorder(ok12);
    await createSoapRuntime(chatService, { fetch: r12.fetch, protocol: 'soap12', security }).invoke(getChatOp, input);
    expect(securityHeader(r12.sent[0].body).attrs.mustUnderstand).toBe('true');
    const noTs = recorder();
    await createSoapRuntime(chatService, { fetch: noTs.fetch, security: wsSecurity({ username: 'u', password: 'p', timestamp: false }) }).invoke(getChatOp, input);
    expect(securityHeader(noTs.sent[0].body).timestamp).toBeUndefined();
  });

  it('keeps the SOAP headers of the call next to the security header', async () => {
    const op = { ...getChatOp, headersIn: [{ name: 'Auth', ns: 'http://tempuri.org/', type: 'string' as const }] };
    const { fetch, sent } = recorder();
    await createSoapRuntime(chatService, { fetch, security: wsSecurity({ username: 'u', password: 'p' }) }).invoke(op, input, { soapHeaders: { Auth: 'tok' } });
    expect(sent[0].body).toMatch(/<soap:Header><wsse:Security [^>]*>.*<\/wsse:Security><Auth xmlns="http:\/\/tempuri.org\/">tok<\/Auth><\/soap:Header>/);
  });

  it('basicAuth and bearerToken (fixed, sync and async providers, called per request)', async () => {
    const { fetch, sent } = recorder();
    await createSoapRuntime(chatService, { fetch, security: basicAuth('Aladdin', 'open sesame') }).invoke(getChatOp, input);
    expect(sent[0].headers.get('authorization')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    await createSoapRuntime(chatService, { fetch, security: basicAuth('zoë', 'ü') }).invoke(getChatOp, input);
    expect(sent[1].headers.get('authorization')).toBe(`Basic ${Buffer.from('zoë:ü', 'utf8').toString('base64')}`);
    let n = 0;
    const rt = createSoapRuntime(chatService, { fetch, security: bearerToken(async () => `t${++n}`) });
    await rt.invoke(getChatOp, input);
    await rt.invoke(getChatOp, input);
    expect(sent.slice(2).map((s) => s.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
    await createSoapRuntime(chatService, { fetch, security: [bearerToken('abc'), wsSecurity({ username: 'u', password: 'p' })] }).invoke(getChatOp, input);
    expect(sent[4].headers.get('authorization')).toBe('Bearer abc');
    expect(securityHeader(sent[4].body).tokens[0].Username).toBe('u');
  });

  it('rejects bad security settings with typed errors before sending', async () => {
    const { fetch, sent } = recorder();
    expect(() => basicAuth('a:b', 'x')).toThrow(SvcgenError);
    expect(() => wsSecurity({ username: 'u', password: 'p', passwordType: 'Plain' as never })).toThrow(/passwordType/);
    const e = await rejection(createSoapRuntime(chatService, { fetch, security: bearerToken(() => Promise.reject(new Error('vault down'))) }).invoke(getChatOp, input));
    expect(e).toBeInstanceOf(SvcgenError);
    expect((e as SvcgenError).code).toBe('CONFIG');
    expect((e as Error).message).toContain('vault down');
    const e2 = await rejection(createSoapRuntime(chatService, { fetch, security: { kind: 'nope' } as never }).invoke(getChatOp, input));
    expect((e2 as SvcgenError).code).toBe('CONFIG');
    // A scheme written by hand carries no code to apply it: refused, never sent without it.
    for (const scheme of [{ kind: 'basicAuth', username: 'u', password: 'p' }, { kind: 'wsSecurity', username: 'u', password: 'p' }]) {
      const e4 = await rejection(createSoapRuntime(chatService, { fetch, security: scheme as never }).invoke(getChatOp, input));
      expect((e4 as SvcgenError).code).toBe('CONFIG');
      expect((e4 as Error).message).toMatch(/expected the result of wsSecurity\(\), basicAuth\(\) or bearerToken\(\)/);
    }
    // HTTP GET/POST carry no SOAP header: a UsernameToken would be silently lost.
    const getOp = { ...getChatOp, protocols: ['soap11', 'http-get'] as const };
    const e3 = await rejection(
      createSoapRuntime({ ...chatService, endpoints: { 'http-get': 'https://h.test/S.asmx' } }, { fetch, protocol: 'http-get', security: wsSecurity({ username: 'u', password: 'p' }) }).invoke(
        { ...getOp, protocols: [...getOp.protocols] },
        input,
      ),
    );
    expect((e3 as SvcgenError).code).toBe('CONFIG');
    expect((e3 as Error).message).toMatch(/needs a SOAP protocol/);
    expect(sent).toHaveLength(0);
  });
});

describe('schemes carry their code', () => {
  it('as a member that neither enumeration nor JSON shows', () => {
    const s = wsSecurity({ username: 'u', password: 'p' });
    expect(Object.keys(s)).toEqual(['kind', 'username', 'password']);
    expect(JSON.parse(JSON.stringify(basicAuth('u', 'p')))).toEqual({ kind: 'basicAuth', username: 'u', password: 'p' });
    expect(typeof s.apply.soapHeader).toBe('function');
    expect(typeof bearerToken('t').apply.httpHeaders).toBe('function');
  });
});

describe('a connection with some parts of the runtime', () => {
  it('refuses hooks and mtom: true without their part, naming it, and runs them with it', async () => {
    const { fetch, sent } = recorder();
    const seen: string[] = [];
    const hooks: Hooks = { onRequest: (c) => void seen.push(c.operation) };
    for (const [options, part] of [[{ fetch, hooks }, 'useHooks'], [{ fetch, mtom: true }, 'useMtom']] as const) {
      let e: unknown;
      try {
        createSoapConnection(chatService, options);
      } catch (x) {
        e = x;
      }
      expect((e as SvcgenError).code).toBe('CONFIG');
      expect((e as Error).message).toContain(`connect(options, ${part})`);
    }
    await createSoapConnection(chatService, { fetch, hooks }, useHooks).invoke(getChatOp, input);
    expect(seen).toEqual(['GetChatRequestByConnectionId']);
    await createSoapConnection(chatService, { fetch, mtom: true }, useMtom).invoke(getChatOp, input);
    expect(sent[1].headers.get('content-type')).toMatch(/^multipart\/related; type="application\/xop\+xml"/);
    // Without them, a plain call goes out as before.
    await createSoapConnection(chatService, { fetch }).invoke(getChatOp, input);
    expect(sent[2].headers.get('content-type')).toBe('text/xml; charset=utf-8');
  });

  it('a binding whose policy asks for MTOM or WS-Addressing needs the part (the operations entry adds it)', async () => {
    const { fetch } = recorder();
    for (const [service, part] of [[{ ...chatService, mtom: ['soap11' as const] }, 'useMtom'], [{ ...chatService, addressing: { soap11: 'http://www.w3.org/2005/08/addressing' } }, 'useAddressing']] as const) {
      const e = await rejection(createSoapConnection(service, { fetch }).invoke(getChatOp, input));
      expect((e as SvcgenError).code).toBe('CONFIG');
      expect((e as Error).message).toContain(part);
    }
  });

  it('HTTP GET needs useHttp, and works with it', async () => {
    const answer = () => new Response('<response xmlns="http://tempuri.org/"><responseCode>0</responseCode></response>', { headers: { 'content-type': 'text/xml' } });
    const { fetch, sent } = recorder(answer);
    const service = { ...chatService, endpoints: { 'http-get': 'https://h.test/S.asmx' } };
    const op = { ...getChatOp, protocols: ['soap11', 'http-get'] as ('soap11' | 'http-get')[] };
    const e = await rejection(createSoapConnection(service, { fetch, protocol: 'http-get' }).invoke(op, input));
    expect((e as SvcgenError).code).toBe('CONFIG');
    expect((e as Error).message).toContain('connect(options, useHttp)');
    expect(sent).toHaveLength(0);
    await createSoapConnection(service, { fetch, protocol: 'http-get' }, useHttp).invoke(op, input);
    expect(sent[0].url).toBe('https://h.test/S.asmx/GetChatRequestByConnectionId?ChatConnectionIDBD=c');
  });
});

describe('hooks', () => {
  it('run in order, async, see the final request and may change headers and body', async () => {
    const { fetch, sent } = recorder();
    const log: string[] = [];
    const hooks: Hooks = {
      async onRequest(ctx) {
        await new Promise((r) => setTimeout(r, 5));
        log.push(`request ${ctx.operation} ${ctx.method} ${ctx.url}`);
        // Security is already applied.
        expect(ctx.headers.get('authorization')).toBe('Bearer abc');
        expect(ctx.body).toContain('<wsse:Username>u</wsse:Username>');
        ctx.headers.set('X-Trace', 'id-1');
        return { body: ctx.body!.replace('<ChatConnectionIDBD>c</ChatConnectionIDBD>', '<ChatConnectionIDBD>changed</ChatConnectionIDBD>') };
      },
      async onResponse(ctx) {
        await Promise.resolve();
        log.push(`response ${ctx.operation} ${ctx.status} ${ctx.headers.get('content-type')} ${ctx.body.length > 0}`);
      },
      onError() {
        log.push('error');
      },
    };
    const rt = createSoapRuntime(chatService, { fetch, hooks, security: [bearerToken('abc'), wsSecurity({ username: 'u', password: 'p' })] });
    const res = await rt.invoke(getChatOp, input);
    expect(res.result).toEqual({ response: { responseCode: 0 } });
    expect(log).toEqual([
      'request GetChatRequestByConnectionId POST https://semp.example.test/semp/TPClientWebServicesAPI.asmx',
      'response GetChatRequestByConnectionId 200 text/xml; charset=utf-8 true',
    ]);
    expect(sent[0].headers.get('x-trace')).toBe('id-1');
    expect(sent[0].headers.get('authorization')).toBe('Bearer abc');
    expect(sent[0].body).toContain('<ChatConnectionIDBD>changed</ChatConnectionIDBD>');
  });

  it('a returned headers object replaces the headers', async () => {
    const { fetch, sent } = recorder();
    await createSoapRuntime(chatService, { fetch, headers: { 'X-Old': '1' }, hooks: { onRequest: (ctx) => ({ headers: { 'Content-Type': ctx.headers.get('content-type')!, 'X-New': '2' } }) } }).invoke(getChatOp, input);
    expect(Array.from(sent[0].headers as unknown as Iterable<[string, string]>, ([k]) => k).sort()).toEqual(['content-type', 'x-new']);
  });

  it('onError receives the typed error; errors inside hooks are HookErrors', async () => {
    const seen: unknown[] = [];
    const fault = () =>
      new Response(
        `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>bad</faultstring></soap:Fault></soap:Body></soap:Envelope>`,
        { status: 500, headers: { 'content-type': 'text/xml' } },
      );
    const onError: Hooks['onError'] = async (ctx) => {
      seen.push(ctx.error);
    };
    const f1 = recorder(fault);
    const e1 = await rejection(createSoapRuntime(chatService, { fetch: f1.fetch, hooks: { onError } }).invoke(getChatOp, input));
    expect(e1).toBeInstanceOf(SoapFaultError);
    expect(seen[0]).toBe(e1);
    const e2 = await rejection(createSoapRuntime(chatService, { fetch: f1.fetch, hooks: { onError } }).invoke(getChatOp, { ChatConnectionIDBD: 5 }));
    expect(e2).toBeInstanceOf(ValidationError);
    expect(seen[1]).toBe(e2);
    const html = recorder(() => new Response('<html>oops</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(await rejection(createSoapRuntime(chatService, { fetch: html.fetch, hooks: { onError } }).invoke(getChatOp, input))).toBeInstanceOf(HttpError);

    const boom = recorder();
    const e3 = await rejection(
      createSoapRuntime(chatService, {
        fetch: boom.fetch,
        hooks: {
          onRequest: async () => {
            throw new Error('signer offline');
          },
          onError,
        },
      }).invoke(getChatOp, input),
    );
    expect(e3).toBeInstanceOf(HookError);
    expect((e3 as HookError).code).toBe('HOOK');
    expect((e3 as HookError).hook).toBe('onRequest');
    expect(((e3 as HookError).cause as Error).message).toBe('signer offline');
    expect(seen[seen.length - 1]).toBe(e3);
    expect(boom.sent).toHaveLength(0);

    const e4 = await rejection(createSoapRuntime(chatService, { fetch: boom.fetch, hooks: { onResponse: () => Promise.reject('nope') } }).invoke(getChatOp, input));
    expect((e4 as HookError).hook).toBe('onResponse');
    const e5 = await rejection(
      createSoapRuntime(chatService, {
        fetch: f1.fetch,
        hooks: {
          onError: () => {
            throw new Error('logger broken');
          },
        },
      }).invoke(getChatOp, input),
    );
    expect((e5 as HookError).hook).toBe('onError');
    const e6 = await rejection(createSoapRuntime(chatService, { fetch: boom.fetch, hooks: { onRequest: () => ({ body: 42 }) as never } }).invoke(getChatOp, input));
    expect((e6 as HookError).hook).toBe('onRequest');
  });

  it('timeoutMs covers a token provider and an onRequest hook that never finish', async () => {
    const { fetch, sent } = recorder();
    const never = () => new Promise<never>(() => {});
    const e1 = await rejection(createSoapRuntime(chatService, { fetch, timeoutMs: 50, security: bearerToken(never) }).invoke(getChatOp, input));
    expect((e1 as DOMException).name).toBe('TimeoutError');
    const e2 = await rejection(createSoapRuntime(chatService, { fetch, timeoutMs: 50, hooks: { onRequest: never } }).invoke(getChatOp, input));
    expect((e2 as DOMException).name).toBe('TimeoutError');
    const e3 = await rejection(
      createRestRuntime({ name: 'S', baseUrl: 'https://s.test/' }, { fetch, timeoutMs: 50, hooks: { onRequest: never } }).invoke(
        { name: 'x', method: 'GET', path: 'api/x', requestFormats: [], responseFormats: [], xmlFlavour: 'datacontract' },
        undefined,
        undefined,
      ),
    );
    expect((e3 as DOMException).name).toBe('TimeoutError');
    expect(sent).toHaveLength(0);
  });

  it('onResponse sees unreadable answers before the ResponseError', async () => {
    const log: string[] = [];
    const bad = recorder(() => new Response('not xml', { headers: { 'content-type': 'text/xml' } }));
    const opts: ClientOptions = { fetch: bad.fetch, hooks: { onResponse: (c) => void log.push(c.body), onError: (c) => void log.push(c.error.name) } };
    expect(await rejection(createSoapRuntime(chatService, opts).invoke(getChatOp, input))).toBeInstanceOf(ResponseError);
    expect(log).toEqual(['not xml', 'ResponseError']);
  });
});

describe('Web API security and hooks', () => {
  const service: RestServiceDesc = { name: 'Shop', baseUrl: 'https://shop.example.test/' };
  const op: RestOperationDesc = {
    name: 'ordersCreate',
    method: 'POST',
    path: 'api/orders',
    body: { type: { kind: 'complex', name: 'Order', fields: [{ key: 'Id', type: 'int' }] }, xmlRoot: 'Order', xmlNs: '' },
    response: { type: { kind: 'complex', name: 'Order', fields: [{ key: 'Id', type: 'int' }] }, xmlRoot: 'Order', xmlNs: '' },
    requestFormats: ['json'],
    responseFormats: ['json'],
    xmlFlavour: 'datacontract',
  };
  const json = () => new Response('{"Id":7}', { headers: { 'content-type': 'application/json' } });

  it('sends Basic or Bearer and runs the hooks', async () => {
    const { fetch, sent } = recorder(json);
    const log: string[] = [];
    const rt = createRestRuntime(service, {
      fetch,
      security: bearerToken(() => 'tok'),
      hooks: {
        onRequest: (c) => {
          log.push(`${c.method} ${c.url} ${c.headers.get('authorization')} ${c.body}`);
          return { body: '{"Id":8}' };
        },
        onResponse: (c) => void log.push(`${c.status} ${c.body}`),
      },
    });
    const res = await rt.invoke(op, undefined, { Id: 1 });
    expect(res.result).toEqual({ Id: 7 });
    expect(log).toEqual(['POST https://shop.example.test/api/orders Bearer tok {"Id":1}', '200 {"Id":7}']);
    expect(sent[0].body).toBe('{"Id":8}');
    await createRestRuntime(service, { fetch, security: basicAuth('a', 'b') }).invoke(op, undefined, { Id: 1 });
    expect(sent[1].headers.get('authorization')).toBe('Basic YTpi');
  });

  it('refuses wsSecurity and reports hook failures as HookErrors', async () => {
    const { fetch, sent } = recorder(json);
    const e = await rejection(createRestRuntime(service, { fetch, security: wsSecurity({ username: 'u', password: 'p' }) as never }).invoke(op, undefined, { Id: 1 }));
    expect((e as SvcgenError).code).toBe('CONFIG');
    const seen: unknown[] = [];
    const e2 = await rejection(
      createRestRuntime(service, {
        fetch,
        hooks: {
          onResponse: () => {
            throw new Error('x');
          },
          onError: (c) => void seen.push(c.error),
        },
      }).invoke(op, undefined, { Id: 1 }),
    );
    expect(e2).toBeInstanceOf(HookError);
    expect(seen).toEqual([e2]);
    expect(sent).toHaveLength(1);
  });
});
