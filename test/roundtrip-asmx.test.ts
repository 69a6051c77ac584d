import { describe, expect, test } from 'vitest';
import { canon, diffCanon } from './helpers/xml-canon.js';
import { fitsPlaceholder, substitutePlaceholders } from './helpers/placeholders.js';

/**
 * Round trip of the ASMX seed packages, for every operation and every protocol the page shows:
 * serializing the typed fixture reproduces the page's sample request (canonical XML: names,
 * namespaces, order, nesting; each leaf checked against its placeholder's type), and reading the
 * page's sample response (placeholders replaced by canonical values) gives the typed fixture back.
 */

interface Pkg {
  fixtures: Record<string, { request: object; response: Record<string, unknown> | undefined; samples: Record<string, { request?: string; response?: string }> }>;
  OPERATIONS: Record<string, { name: string; returns: string; resultKey?: string; protocols: readonly string[] }>;
  soap: { buildSoapRequest: Function; readSoapResponse: Function };
  http: { buildFormQuery: Function; readBareResponse: Function };
}

async function load(name: string): Promise<Pkg> {
  const base = `../generated/${name}/`;
  const [fx, d, soap, http] = await Promise.all([import(`${base}fixtures.ts`), import(`${base}descriptors.js`), import(`${base}runtime/soap.ts`), import(`${base}runtime/http.ts`)]);
  return { fixtures: fx.fixtures, OPERATIONS: d.OPERATIONS, soap, http } as Pkg;
}

const leaf = (expected: string, actual: string) => fitsPlaceholder(expected, actual);

const cases = ['plusventa', 'tpclient'].flatMap((pkg) => ['soap11', 'soap12', 'http-get', 'http-post'].map((protocol) => [pkg, protocol] as const));

describe.each(cases)('%s over %s', (pkgName, protocol) => {
  test('sample request and response round-trip', async () => {
    const pkg = await load(pkgName);
    let checked = 0;
    for (const [method, fx] of Object.entries(pkg.fixtures)) {
      const op = pkg.OPERATIONS[method];
      const sample = fx.samples[protocol];
      if (!sample) {
        expect(op.protocols).not.toContain(protocol);
        continue;
      }
      expect(op.protocols).toContain(protocol);
      checked++;
      if (protocol === 'soap11' || protocol === 'soap12') {
        const built = pkg.soap.buildSoapRequest(protocol, op, fx.request) as { body: string };
        expect(diffCanon(canon(sample.request!), canon(built.body), leaf)).toEqual([]);
        const read = pkg.soap.readSoapResponse(protocol, op, substitutePlaceholders(sample.response!), 200, protocol === 'soap11' ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8') as { value: unknown };
        expect(read.value).toEqual(fx.response);
      } else {
        const query = pkg.http.buildFormQuery(op, fx.request) as string;
        const expected = protocol === 'http-post' ? sample.request! : sample.request!.replace(/^[^?]*\?/, '').replace(/\s.*$/, '');
        const pairs = (q: string) => q.trim().split('&').filter(Boolean).map((kv) => kv.split('=').map(decodeURIComponent));
        const e = pairs(expected);
        const a = pairs(query);
        expect(a.map((p) => p[0])).toEqual(e.map((p) => p[0]));
        a.forEach((p, i) => expect(fitsPlaceholder(e[i][1], p[1]), `${p[0]}=${p[1]} vs ${e[i][1]}`).toBe(true));
        const text = sample.response ?? '';
        const value = pkg.http.readBareResponse(op, substitutePlaceholders(text));
        // The bare response reads into the same response object the SOAP envelope gives.
        expect(value).toEqual(fx.response);
      }
    }
    if (checked === 0) expect(Object.values(pkg.OPERATIONS).every((o) => !o.protocols.includes(protocol))).toBe(true);
  });
});
