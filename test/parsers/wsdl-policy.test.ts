import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadService } from '../../generator/pipeline.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { typecheck } from '../helpers/typecheck.js';

const DATA = new URL('../data/policy/', import.meta.url).pathname;
const text = (f: string) => readFileSync(join(DATA, f), 'utf8');
/** 1-based line of the first occurrence of `needle` in `f`. */
const lineOf = (f: string, needle: string) => text(f).slice(0, text(f).indexOf(needle)).split('\n').length;

describe('WS-Policy read from the WSDL', () => {
  it('WCF TransportWithMessageCredential: UsernameToken, HTTPS, MTOM and WS-Addressing, no warning', async () => {
    const s = await loadService([join(DATA, 'wcf-username-mtom.wsdl')], {});
    expect(s.policy).toMatchObject({ usernameToken: true, transport: true, mtom: true, addressing: 'http://www.w3.org/2005/08/addressing' });
    expect(s.policy?.loc?.line).toBe(lineOf('wcf-username-mtom.wsdl', '<wsp:Policy wsu:Id'));
    expect(s.diagnostics.filter((d) => d.code === 'SVC120')).toEqual([]);
  });

  it('unsupported assertions (X.509, SAML, encryption, Negotiate, unknown) are warnings naming their lines', async () => {
    const f = 'wcf-message-security.wsdl';
    const s = await loadService([join(DATA, f)], {});
    const warnings = s.diagnostics.filter((d) => d.code === 'SVC120').map((d) => `${d.loc?.line}: ${d.message}`);
    const at = (needle: string) => lineOf(f, needle);
    expect(warnings).toEqual([
      `${at('<sp:SymmetricBinding>')}: WS-Policy assertion sp:SymmetricBinding asks for message-level signing and encryption (symmetric binding), which the generated client does not support: calls will likely be refused [binding Ledger]`,
      `${at('<sp:SamlToken/>')}: WS-Policy assertion sp:SamlToken asks for SAML tokens, which the generated client does not support: calls will likely be refused [binding Ledger]`,
      `${at('<http:NegotiateAuthentication/>')}: WS-Policy assertion http:NegotiateAuthentication asks for Windows (NTLM/Negotiate) HTTP authentication, which fetch cannot do (see the README's NTLM note) [binding Ledger]`,
      `${at('<vendor:Throttle')}: WS-Policy assertion vendor:Throttle (urn:vendor:policy) is not supported by the generated client [binding Ledger]`,
      `${at('#Missing_policy')}: WS-Policy reference "#Missing_policy" names no policy in the WSDL; its requirements are not known to the client [binding Ledger]`,
      `${at('<sp:EncryptedParts>')}: WS-Policy assertion sp:EncryptedParts asks for encrypted message parts, which the generated client does not support: calls will likely be refused [binding Ledger]`,
    ]);
    expect(s.diagnostics.every((d) => d.severity === 'warning' || d.code !== 'SVC120')).toBe(true);
    expect(s.policy).toEqual({
      addressing: 'http://www.w3.org/2005/08/addressing',
      byProtocol: { soap11: { addressing: 'http://www.w3.org/2005/08/addressing' } },
      loc: expect.objectContaining({ line: at('<wsp:Policy wsu:Id="Ledger_policy">') }),
    });
  });

  it('a WSDL without policy has none', async () => {
    const plain = text('wcf-message-security.wsdl').replace(/<wsp:Policy[\s\S]*?<\/wsp:Policy>\n  <wsp:Policy[\s\S]*?<\/wsp:Policy>\n/, '').replace(/<wsp:PolicyReference[^>]*\/>/g, '');
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-policy-'));
    writeFileSync(join(dir, 'plain.wsdl'), plain);
    const s = await loadService([join(dir, 'plain.wsdl')], {});
    expect(s.policy).toBeUndefined();
    expect(s.diagnostics.filter((d) => d.code === 'SVC120')).toEqual([]);
  });
});

describe('policy in the generated client', () => {
  it('UsernameToken makes security required in the types', async () => {
    const { dir } = await inlinePackage({ 'files.wsdl': text('wcf-username-mtom.wsdl') }, 'Files');
    writeFileSync(
      join(dir, 'use.ts'),
      `import { createClient, wsSecurity } from './index.js';
export const ok = createClient({ security: wsSecurity({ username: 'u', password: 'p', passwordType: 'PasswordDigest' }) });
// @ts-expect-error security is required by the service's policy
export const missing = createClient({});
// @ts-expect-error security is required by the service's policy
export const none = createClient();
`,
    );
    expect(typecheck([join(dir, 'use.ts')])).toEqual([]);
    const { dir: plainDir } = await inlinePackage({ 'ledger.wsdl': text('wcf-message-security.wsdl') }, 'Ledger');
    writeFileSync(join(plainDir, 'use.ts'), `import { createClient } from './index.js';\nexport const c = createClient();\n`);
    expect(typecheck([join(plainDir, 'use.ts')])).toEqual([]);
  }, 60_000);

  it('sends WS-Addressing headers and MTOM as the policy asks (mtom: false turns MTOM off)', async () => {
    const { dir } = await inlinePackage({ 'files.wsdl': text('wcf-username-mtom.wsdl') }, 'Files');
    type Pkg = {
      createClient(o: object): { upload(i: object): Promise<Uint8Array | null | undefined> };
      wsSecurity(o: object): unknown;
    };
    const pkg = (await import(join(dir, 'index.ts'))) as Pkg;
    const sent: { url: string; headers: Headers; body: Uint8Array }[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : new Uint8Array(init.body as ArrayBuffer);
      sent.push({ url, headers: new Headers(init.headers), body });
      const env =
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing"><s:Header><a:Action s:mustUnderstand="1">http://tempuri.org/IFiles/UploadResponse</a:Action></s:Header><s:Body><UploadResponse xmlns="http://tempuri.org/"><UploadResult>AQI=</UploadResult></UploadResponse></s:Body></s:Envelope>';
      return new Response(env, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } });
    };
    const security = pkg.wsSecurity({ username: 'u', password: 'p' });
    const c = pkg.createClient({ fetch, security });
    expect([...((await c.upload({ name: 'a', data: new Uint8Array([1, 2, 3]) })) ?? [])]).toEqual([1, 2]);
    const req = sent[0];
    expect(req.url).toBe('https://files.example.test/FileService.svc');
    const ct = req.headers.get('content-type')!;
    expect(ct).toMatch(/^multipart\/related; type="application\/xop\+xml";.*start-info="application\/soap\+xml".*action="http:\/\/tempuri.org\/IFiles\/Upload"/);
    const raw = Buffer.from(req.body).toString('latin1');
    const header = /<soap12:Header>(.*)<\/soap12:Header>/.exec(raw)![1];
    expect(header).toMatch(/^<wsse:Security /);
    const wsa = (name: string) => new RegExp(`<wsa:${name} xmlns:wsa="http://www.w3.org/2005/08/addressing"([^>]*)>(.*?)</wsa:${name}>`).exec(header);
    expect(wsa('Action')?.slice(1)).toEqual([' soap12:mustUnderstand="true"', 'http://tempuri.org/IFiles/Upload']);
    expect(wsa('To')?.slice(1)).toEqual([' soap12:mustUnderstand="true"', 'https://files.example.test/FileService.svc']);
    expect(wsa('MessageID')?.[2]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(wsa('ReplyTo')?.[2]).toBe('<wsa:Address>http://www.w3.org/2005/08/addressing/anonymous</wsa:Address>');
    expect(raw).toContain('<data><xop:Include xmlns:xop="http://www.w3.org/2004/08/xop/include" href="cid:');
    expect(raw).toContain('\r\nContent-Transfer-Encoding: binary\r\n');

    await pkg.createClient({ fetch, security, mtom: false }).upload({ data: new Uint8Array([1, 2, 3]) });
    const second = Buffer.from(sent[1].body).toString('utf8');
    expect(sent[1].headers.get('content-type')).toMatch(/^application\/soap\+xml/);
    expect(second).toContain('<data>AQID</data>');
    expect(second).toContain('<wsa:Action');
    expect(wsa('MessageID')?.[2]).not.toBe(/<wsa:MessageID[^>]*>(.*?)</.exec(second)![1]);
  }, 60_000);

  it('policy applies per binding: a plain SOAP 1.1 binding next to the secured SOAP 1.2 one', async () => {
    const dual = text('wcf-username-mtom.wsdl')
      .replace(
        '<wsdl:binding name="WSHttpBinding_IFiles"',
        `<wsdl:binding name="BasicHttpBinding_IFiles" type="tns:IFiles">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Upload">
      <soap:operation soapAction="http://tempuri.org/IFiles/Upload" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:binding name="WSHttpBinding_IFiles"`,
      )
      .replace('<wsdl:port name="WSHttpBinding_IFiles"', '<wsdl:port name="BasicHttpBinding_IFiles" binding="tns:BasicHttpBinding_IFiles"><soap:address location="https://files.example.test/FileService.svc/basic"/></wsdl:port>\n    <wsdl:port name="WSHttpBinding_IFiles"')
      .replace('xmlns:soap12=', 'xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12=');
    const { dir } = await inlinePackage({ 'dual.wsdl': dual }, 'Dual');
    // SOAP 1.1 (the default protocol) carries no UsernameToken requirement: security stays optional.
    writeFileSync(join(dir, 'use.ts'), `import { createClient } from './index.js';\nexport const c = createClient();\n`);
    expect(typecheck([join(dir, 'use.ts')])).toEqual([]);
    type Pkg = { createClient(o: object): { upload(i: object): Promise<unknown> } };
    const pkg = (await import(join(dir, 'index.ts'))) as Pkg;
    const sent: { ct: string; body: string }[] = [];
    const fetch = async (_u: string, init: RequestInit) => {
      sent.push({ ct: new Headers(init.headers).get('content-type') ?? '', body: typeof init.body === 'string' ? init.body : Buffer.from(init.body as ArrayBuffer).toString('latin1') });
      const soap12 = /soap\+xml/.test(sent[sent.length - 1].ct);
      const ns = soap12 ? 'http://www.w3.org/2003/05/soap-envelope' : 'http://schemas.xmlsoap.org/soap/envelope/';
      return new Response(`<s:Envelope xmlns:s="${ns}"><s:Body><UploadResponse xmlns="http://tempuri.org/"/></s:Body></s:Envelope>`, { headers: { 'content-type': 'text/xml' } });
    };
    await pkg.createClient({ fetch }).upload({ data: new Uint8Array([1]) });
    expect(sent[0].ct).toBe('text/xml; charset=utf-8');
    expect(sent[0].body).not.toContain('wsa:');
    expect(sent[0].body).toContain('<data>AQ==</data>');
    await pkg.createClient({ fetch, protocol: 'soap12' }).upload({ data: new Uint8Array([1]) });
    expect(sent[1].ct).toMatch(/^multipart\/related/);
    expect(sent[1].body).toContain('<wsa:Action');
  }, 60_000);

  it('the package mock reads the MTOM requests the client sends', async () => {
    const { dir } = await inlinePackage({ 'files.wsdl': text('wcf-username-mtom.wsdl') }, 'Files');
    type Pkg = {
      createClient(o: object): { upload(i: object): Promise<Uint8Array | null | undefined> };
      createMockFetch(): typeof fetch & { calls: { request: { data?: Uint8Array } }[] };
      wsSecurity(o: object): unknown;
    };
    const pkg = (await import(join(dir, 'index.ts'))) as Pkg;
    const mock = pkg.createMockFetch();
    const bytes = Uint8Array.from([0, 255, 13, 10, 45, 45, 200]);
    await pkg.createClient({ fetch: mock, security: pkg.wsSecurity({ username: 'u', password: 'p' }) }).upload({ name: 'n', data: bytes });
    expect(mock.calls).toHaveLength(1);
    expect([...(mock.calls[0].request.data ?? [])]).toEqual([...bytes]);
  }, 60_000);
});
