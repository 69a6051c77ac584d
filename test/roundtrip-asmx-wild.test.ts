import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Service } from '../generator/ir/types.js';
import { parseAsmxHelp } from '../generator/parsers/asmx/index.js';
import { inlinePackage } from './helpers/inline-package.js';
import { fitsPlaceholder, substitutePlaceholders } from './helpers/placeholders.js';
import { typecheck } from './helpers/typecheck.js';
import { canon, diffCanon } from './helpers/xml-canon.js';
import { soapOps } from './helpers/ir.js';

/**
 * ASMX help pages as they are kept in the wild (test/data/asmx-wild/): pasted into Markdown with
 * entity-escaped samples, saved as HTML, quoted as `//` comments inside a C# file, localised.
 * Each page is generated into a package; for every operation and every protocol the page shows,
 * the typed fixture serializes to the page's sample request and the page's own sample response
 * (placeholders replaced by canonical values) reads back into the typed fixture. Then each shape's
 * own point: the signature, the values read, the diagnostics.
 */

const page = (file: string): string => readFileSync(new URL(`./data/asmx-wild/${file}`, import.meta.url), 'utf8');
const parse = (text: string, file: string): Service => parseAsmxHelp({ file, location: file, text }, {}) as Service;

interface OpDesc {
  name: string;
  returns: string;
  resultKey?: string;
  protocols: readonly string[];
}
interface Pkg {
  fixtures: Record<string, { request: object; response: Record<string, unknown> | undefined; samples: Record<string, { request?: string; response?: string }> }>;
  OPERATIONS: Record<string, OpDesc>;
  ENDPOINTS: Record<string, string>;
  soap: { buildSoapRequest: Function; readSoapResponse: Function };
  http: { buildFormQuery: Function; readBareResponse: Function };
  types: string;
}

/** Entry files of every package generated here, type-checked together at the end. */
const entries: string[] = [];

async function generate(file: string, name: string): Promise<Pkg> {
  const { dir, files } = await inlinePackage({ [file]: page(file) }, name);
  entries.push(join(dir, 'index.ts'));
  const [fx, d, soap, http] = await Promise.all([import(join(dir, 'fixtures.ts')), import(join(dir, 'descriptors.js')), import(join(dir, 'runtime/soap.ts')), import(join(dir, 'runtime/http.ts'))]);
  return { fixtures: fx.fixtures, OPERATIONS: d.OPERATIONS, ENDPOINTS: d.SERVICE.endpoints, soap, http, types: files.get('types.ts')! } as Pkg;
}

/** The sample with its placeholders replaced; the XmlNode placeholder `xml` becomes empty content. */
const filled = (xml: string): string => substitutePlaceholders(xml).replace(/>xml</g, '><');
const CT = { soap11: 'text/xml; charset=utf-8', soap12: 'application/soap+xml; charset=utf-8' } as const;

/** Round trip of every operation over every protocol the page shows; returns the (operation, protocol) pairs checked. */
function roundTrip(pkg: Pkg): string[] {
  const checked: string[] = [];
  for (const [method, fx] of Object.entries(pkg.fixtures)) {
    const op = pkg.OPERATIONS[method];
    expect(Object.keys(fx.samples).sort()).toEqual([...op.protocols].sort());
    for (const [protocol, sample] of Object.entries(fx.samples)) {
      if (protocol === 'soap11' || protocol === 'soap12') {
        const built = pkg.soap.buildSoapRequest(protocol, op, fx.request) as { body: string };
        // SOAP encoding: the page sets encodingStyle on Body, svcgen on the RPC wrapper (both allowed).
        const style = (x: string): string => x.replace(/\s[\w]+:encodingStyle="[^"]*"/g, '');
        expect(diffCanon(canon(style(sample.request!)), canon(style(built.body)), fitsPlaceholder), `${method} ${protocol} request`).toEqual([]);
        if (sample.response === undefined) {
          checked.push(`${method} ${protocol} (request only)`);
          continue;
        }
        const read = pkg.soap.readSoapResponse(protocol, op, filled(sample.response), 200, CT[protocol]) as { value: unknown };
        expect(read.value, `${method} ${protocol} response`).toEqual(fx.response);
      } else {
        const query = pkg.http.buildFormQuery(op, fx.request) as string;
        const names = (q: string): string[] => q.trim().split('&').filter(Boolean).map((kv) => decodeURIComponent(kv.split('=')[0]));
        expect(names(query), `${method} ${protocol} request`).toEqual(names(sample.request!));
        // `<?xml …?>` + `xml`: the page shows no element for an XmlNode answer (read below with a real one).
        if (sample.response === undefined || !/<[A-Za-z]/.test(sample.response.replace(/<\?[^>]*\?>/g, ''))) continue;
        const value = pkg.http.readBareResponse(op, filled(sample.response), 200, 'text/xml; charset=utf-8');
        expect(value, `${method} ${protocol} response`).toEqual(fx.response);
      }
      checked.push(`${method} ${protocol}`);
    }
  }
  return checked;
}

const nakedEnvelope = (ns: string, body: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body.replace('%NS%', ns)}</soap:Body></soap:Envelope>`;

describe('Markdown page with entity-escaped samples in ```xml fences (stock-markdown.md)', async () => {
  const text = page('stock-markdown.md');
  const s = parse(text, 'stock-markdown.md');
  const pkg = await generate('stock-markdown.md', 'Warehouse');

  test('the escaped samples are read: operations, parameters and results', () => {
    expect(soapOps(s).map((o) => [o.name, o.protocols.join(' '), o.returns])).toEqual([
      ['GetStock', 'soap11 soap12 http-get', 'result'],
      ['GetArticle', 'soap11 http-post', 'result'],
      ['FindArticle', 'soap11 http-post', 'result'],
      ['Reserve', 'soap11', 'object'],
    ]);
    expect(pkg.types).toMatch(/export interface GetStockRequest \{[^}]*sku\?: string;[^}]*minimum: number;/);
    expect(pkg.types).toMatch(/GetStockResult\?: \(StockLevel \| null\)\[\];/);
    expect(pkg.types).toMatch(/export interface StockLevel \{[^}]*Warehouse\?: string;[^}]*Quantity: number;[^}]*Updated: string;/);
  });

  test('without the <font> tags, the same operations (never an empty request and a void result)', () => {
    const bare = parse(text.replace(/<\/?font>/g, ''), 'bare.md');
    expect(soapOps(bare).map((o) => [o.name, o.input.fields.map((f) => f.name).join(','), o.returns])).toEqual(
      soapOps(s).map((o) => [o.name, o.input.fields.map((f) => f.name).join(','), o.returns]),
    );
    expect(bare.operations[0].input.fields.map((f) => f.name)).toEqual(['sku', 'minimum']);
  });

  test('a page whose samples cannot be read (escaped twice) is an error, not an empty operation', () => {
    const twice = text.replace(/&lt;/g, '&amp;lt;').replace(/&gt;/g, '&amp;gt;');
    const d = parse(twice, 'twice.md').diagnostics.filter((x) => x.severity === 'error');
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]).toMatchObject({ code: 'SVC151', loc: { file: 'twice.md', line: 29 } });
    expect(d[0].message).toMatch(/SOAP 1\.1 request sample of GetStock has no XML body .*found "&lt;\?xml/);
  });

  test('the help site addresses (?op=, ?wsdl, ?disco) are not operations', () => {
    expect(Object.keys(pkg.OPERATIONS)).toEqual(['getStock', 'getArticle', 'findArticle', 'reserve']);
    expect(s.operations.some((o) => o.input.fields.some((f) => f.name === 'op'))).toBe(false);
  });

  test('the other host\'s message is left out with a warning; its malformed XML is reported where it breaks', () => {
    expect(s.operations.some((o) => o.name === 'OrderItem')).toBe(false);
    expect(s.types.some((t) => t.name === 'WholesalePrice' || t.name === 'OrderItem')).toBe(false);
    const left = s.diagnostics.find((d) => /not addressed to the service/.test(d.message));
    expect(left).toMatchObject({ severity: 'warning', code: 'SVC151', loc: { line: 305 } });
    expect(left?.message).toContain('POST /Supplier (Host feeds.supplier.example.com)');
    const bad = s.diagnostics.filter((d) => d.code === 'SVC103');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'warning', loc: { line: 311, column: 30 } });
    expect(bad[0].message).toMatch(/expected <\/WholesalePrice> \(opened at line 311\), found <\/WholeSalePrice>/);
  });

  test('a message on the service\'s host but another path is left out too', () => {
    const sameHost = text.replace('Host: feeds.supplier.example.com', 'Host: erp.example.net');
    const t = parse(sameHost, 'same-host.md');
    expect(t.operations.map((o) => o.name)).toEqual(['GetStock', 'GetArticle', 'FindArticle', 'Reserve']);
    expect(t.diagnostics.find((d) => /not addressed/.test(d.message))?.message).toMatch(/POST \/Supplier \(Host erp\.example\.net\) is not addressed to the service \(erp\.example\.net\/Warehouse\.asmx\)/);
  });

  test('one Article type for the two operations whose HTTP answer shows <Article>', () => {
    expect(s.types.map((t) => t.id).sort()).toEqual(['Article', 'Kind', 'StockLevel']);
    expect(pkg.types).toMatch(/GetArticleResult\?: Article;/);
    expect(pkg.types).toMatch(/FindArticleResult\?: Article;/);
  });

  test('an HTTP answer whose root is not the one the page shows is a ResponseError, not an empty record', () => {
    expect(pkg.OPERATIONS.findArticle).toMatchObject({ bare: { name: 'Article', ns: 'http://erp.example.net/stock/' } });
    expect(pkg.OPERATIONS.getStock).toMatchObject({ bare: { name: 'ArrayOfStockLevel', ns: 'http://erp.example.net/stock/' } });
    const wrong = '<?xml version="1.0" encoding="utf-8"?>\n<string xmlns="http://erp.example.net/stock/">A-100</string>';
    expect(() => pkg.http.readBareResponse(pkg.OPERATIONS.findArticle, wrong, 200, 'text/xml')).toThrow(/unexpected root element <string> in namespace http:\/\/erp\.example\.net\/stock\/, expected <Article>/);
    const otherNs = '<?xml version="1.0"?>\n<Article xmlns="urn:other"><Sku>x</Sku></Article>';
    expect(() => pkg.http.readBareResponse(pkg.OPERATIONS.findArticle, otherNs, 200, 'text/xml')).toThrow(/expected <Article> in namespace http:\/\/erp\.example\.net\/stock\//);
  });

  test('the default endpoint keeps the page\'s http:// scheme', () => {
    expect(s.endpoints.map((e) => e.url)).toEqual(Array(4).fill('http://erp.example.net/Warehouse.asmx'));
    expect(pkg.ENDPOINTS).toEqual({ soap11: 'http://erp.example.net/Warehouse.asmx', soap12: 'http://erp.example.net/Warehouse.asmx', 'http-get': 'http://erp.example.net/Warehouse.asmx', 'http-post': 'http://erp.example.net/Warehouse.asmx' });
    expect(s.diagnostics.some((d) => d.code === 'SVC150')).toBe(false);
  });

  test('a missing response section: typed as raw XML with a warning, and the answer is reachable', () => {
    const reserve = s.operations.find((o) => o.name === 'Reserve')!;
    expect(reserve).toMatchObject({ returns: 'object', output: { element: 'ReserveResponse', fields: [], open: true } });
    expect(pkg.types).toMatch(/export interface ReserveResponse \{\s*(?:\/\*\*[^/]*\*\/\s*)?\$extra\?: string\[\];\s*\}/);
    expect(pkg.OPERATIONS.reserve.returns).toBe('object');
    const warned = s.diagnostics.filter((d) => d.loc?.path?.startsWith('operation Reserve') || /Reserve/.test(d.message));
    expect(warned.map((d) => [d.code, d.loc?.line])).toEqual([
      ['SVC151', 283],
      ['SVC110', 283],
    ]);
    expect(warned[0].message).toMatch(/no response sample for Reserve; its response is typed as raw XML \(the answer's elements in \$extra\), not as void/);
    // SVC110 names the request sample's last line, not the file's.
    expect(warned[1].message).toMatch(/request sample \(line 297\)/);
    const answer = nakedEnvelope('http://erp.example.net/stock/', '<ReserveResponse xmlns="%NS%"><ReserveResult>true</ReserveResult></ReserveResponse>');
    const read = pkg.soap.readSoapResponse('soap11', pkg.OPERATIONS.reserve, answer, 200, CT.soap11) as { value: unknown };
    expect(read.value).toEqual({ $extra: ['<ReserveResult>true</ReserveResult>'] });
    // Over HTTP GET/POST the answer's root element is kept whole.
    const bare = { ...pkg.OPERATIONS.reserve, protocols: ['http-get'] };
    expect(pkg.http.readBareResponse(bare, '<?xml version="1.0"?>\n<boolean xmlns="http://erp.example.net/stock/">true</boolean>')).toEqual({ $extra: ['<boolean xmlns="http://erp.example.net/stock/">true</boolean>'] });
  });

  test('every operation and protocol round-trips with the page\'s own samples', () => {
    expect(roundTrip(pkg)).toEqual(['getStock soap11', 'getStock soap12', 'getStock http-get', 'getArticle soap11', 'getArticle http-post', 'findArticle soap11', 'findArticle http-post', 'reserve soap11 (request only)']);
    const get = pkg.http.readBareResponse(pkg.OPERATIONS.getStock, filled(pkg.fixtures.getStock.samples['http-get'].response!));
    expect(get).toEqual({ GetStockResult: [{ Warehouse: 'string', Quantity: 0, Updated: '2000-01-01T00:00:00' }, { Warehouse: 'string', Quantity: 0, Updated: '2000-01-01T00:00:00' }] });
    const post = pkg.http.readBareResponse(pkg.OPERATIONS.findArticle, filled(pkg.fixtures.findArticle.samples['http-post'].response!));
    expect(post).toEqual({ FindArticleResult: { Sku: 'string', Title: 'string', Price: '0', Kind: 'Part' } });
  });
});

describe('HTML page with xsi:nil array items (teams.html)', async () => {
  const s = parse(page('teams.html'), 'teams.html');
  const pkg = await generate('teams.html', 'Teams');

  test('array items are nillable in the type; the page\'s nil items are null in the fixture', () => {
    expect(pkg.types).toMatch(/Reports\?: \(User \| null\)\[\];/);
    expect(pkg.types).toMatch(/Members\?: \(User \| null\)\[\];/);
    expect(pkg.types).toMatch(/GetTeamResult\?: Team;/);
    const res = pkg.fixtures.getTeam.response as { GetTeamResult: { Lead: { Reports: unknown[] }; Members: { Reports?: unknown[] }[] } };
    expect(res.GetTeamResult.Lead.Reports).toEqual([null, null]);
    expect(res.GetTeamResult.Members.map((m) => m.Reports)).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  test('every protocol reads the page\'s sample to the fixture (nil items as null)', () => {
    expect(roundTrip(pkg)).toEqual(['getTeam soap11', 'getTeam soap12', 'getTeam http-get', 'getTeam http-post']);
    const get = pkg.http.readBareResponse(pkg.OPERATIONS.getTeam, filled(pkg.fixtures.getTeam.samples['http-get'].response!)) as { GetTeamResult: { Name: string; Lead: { Reports: unknown[] } } };
    expect(get.GetTeamResult.Name).toBe('string');
    expect(get.GetTeamResult.Lead.Reports).toEqual([null, null]);
  });

  test('no address with a scheme on the page: https:// with a warning', () => {
    expect(s.endpoints.every((e) => e.url === undefined && e.host === 'intranet.example.org')).toBe(true);
    expect(pkg.ENDPOINTS).toMatchObject({ soap11: 'https://intranet.example.org/Teams.asmx', 'http-get': 'https://intranet.example.org/Teams.asmx' });
    const w = s.diagnostics.filter((d) => d.code === 'SVC150');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/no address with a scheme for intranet\.example\.org .*https:\/\//);
  });
});

describe('help page quoted as // comments inside a C# file (LayoutClient.cs)', async () => {
  const s = parse(page('LayoutClient.cs'), 'LayoutClient.cs');
  const pkg = await generate('LayoutClient.cs', 'Layout');
  const op = (): OpDesc => pkg.OPERATIONS.getLayout;

  test('the commented block is read among the code', () => {
    expect(soapOps(s).map((o) => [o.name, o.protocols.join(' '), o.soapAction])).toEqual([['GetLayout', 'soap11 http-get http-post', 'http://cms.example.com/layout/GetLayout']]);
    expect(pkg.types).toMatch(/export interface GetLayoutRequest \{[^}]*page\?: string;[^}]*revision: number;/);
    expect(pkg.types).toMatch(/GetLayoutResult\?: string;/);
    expect(s.endpoints.map((e) => e.url)).toEqual(Array(3).fill('http://cms.example.com/Layout.asmx'));
  });

  test('the same block quoted with other comment markers among other code reads the same', () => {
    const cs = page('LayoutClient.cs').split('\n');
    const block = cs.filter((l) => /^\s*\/\/ ?/.test(l)).map((l) => l.replace(/^\s*\/\/ ?/, ''));
    const signature = (x: Service): string[] => soapOps(x).map((o) => `${o.name}(${o.input.fields.map((f) => f.name).join(',')}) ${o.protocols.join(' ')} ${o.returns}`);
    const code = (n: number, line: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => line(i));
    const powershell = [...code(40, (i) => `$region${i} = Get-Region -Index ${i}`), ...block.map((l) => `# ${l}`), ...code(40, (i) => `Write-Output $region${i}`)].join('\n');
    const cpp = [...code(40, (i) => `int f${i}(int x) { return x + ${i}; }`), '/*', ...block.map((l) => ` * ${l}`), ' */', ...code(40, (i) => `int g${i}(int x) { return x * ${i}; }`)].join('\n');
    const vb = [...code(40, (i) => `Dim r${i} As Integer = ${i}`), ...block.map((l) => `' ${l}`), ...code(40, (i) => `Console.WriteLine(r${i})`)].join('\n');
    for (const [name, text] of [['layout.ps1', powershell], ['layout.cpp', cpp], ['layout.vb', vb]]) {
      expect(signature(parse(text, name)), name).toEqual(signature(s));
    }
  });

  test('the `xml` placeholder of the HTTP answers is not a cut-off sample', () => {
    expect(s.diagnostics.filter((d) => d.code === 'SVC110')).toEqual([]);
    expect(s.diagnostics).toEqual([]);
  });

  test('an XmlNode result keeps its root element over every protocol', () => {
    expect(roundTrip(pkg)).toEqual(['getLayout soap11']);
    const doc = '<Layout v="1" xmlns="urn:cms"><Region name="top">menu</Region></Layout>';
    const soap = pkg.soap.readSoapResponse('soap11', op(), nakedEnvelope('http://cms.example.com/layout/', `<GetLayoutResponse xmlns="%NS%"><GetLayoutResult>${doc}</GetLayoutResult></GetLayoutResponse>`), 200, CT.soap11) as { value: unknown };
    expect(soap.value).toEqual({ GetLayoutResult: doc });
    for (const protocol of ['http-get', 'http-post']) {
      expect(op().protocols).toContain(protocol);
      expect(pkg.http.readBareResponse(op(), `<?xml version="1.0" encoding="utf-8"?>\n${doc}`, 200, 'text/xml')).toEqual({ GetLayoutResult: doc });
    }
  });
});

describe('localised (zh-TW) page of an rpc/encoded service with HTTP GET/POST (dictionary-zh-TW.txt)', async () => {
  const s = parse(page('dictionary-zh-TW.txt'), 'dictionary-zh-TW.txt');
  const pkg = await generate('dictionary-zh-TW.txt', 'Dictionary');

  test('signature: SOAP encoded, HTTP GET and POST; an array of strings', () => {
    expect(soapOps(s).map((o) => [o.name, o.style, o.use, o.protocols.join(' ')])).toEqual([['Synonyms', 'rpc', 'encoded', 'soap11 http-get http-post']]);
    expect(pkg.types).toMatch(/export interface SynonymsRequest \{[^}]*word: string;[^}]*limit: number;/);
    expect(pkg.types).toMatch(/SynonymsResult: string\[\];/);
  });

  test('the fixture holds the two items the samples show, and every protocol reads them', () => {
    expect(pkg.fixtures.synonyms.response).toEqual({ SynonymsResult: ['string', 'string'] });
    expect(roundTrip(pkg)).toEqual(['synonyms soap11', 'synonyms http-get', 'synonyms http-post']);
    const wire = '<?xml version="1.0" encoding="utf-8"?>\n<ArrayOfString xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://dict.example.cn/literalTypes">\n  <string>快</string>\n  <string>迅速</string>\n</ArrayOfString>';
    expect(pkg.http.readBareResponse(pkg.OPERATIONS.synonyms, wire, 200, 'text/xml; charset=utf-8')).toEqual({ SynonymsResult: ['快', '迅速'] });
  });
});

describe('localised page of an rpc/encoded service returning a record (dictionary-lookup-zh-TW.txt)', async () => {
  const s = parse(page('dictionary-lookup-zh-TW.txt'), 'dictionary-lookup-zh-TW.txt');
  const pkg = await generate('dictionary-lookup-zh-TW.txt', 'DictionaryLookup');

  test('signature: the record named by its xsi:type, members unqualified as SOAP encoding writes them', () => {
    expect(soapOps(s).map((o) => [o.name, o.use, o.protocols.join(' '), o.returns])).toEqual([['Lookup', 'encoded', 'soap11 http-get', 'result']]);
    expect(pkg.types).toMatch(/export interface Entry \{[^}]*Word\?: string;[^}]*Pinyin\?: string;[^}]*Strokes: number;/);
  });

  test('the HTTP GET answer (members qualified in the literal types namespace) reads like the SOAP one', () => {
    expect(roundTrip(pkg)).toEqual(['lookup soap11', 'lookup http-get']);
    const wire = '<?xml version="1.0" encoding="utf-8"?>\n<Entry xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://dict.example.cn/literalTypes">\n  <Word>快</Word>\n  <Pinyin>kuài</Pinyin>\n  <Strokes>7</Strokes>\n</Entry>';
    expect(pkg.http.readBareResponse(pkg.OPERATIONS.lookup, wire, 200, 'text/xml; charset=utf-8')).toEqual({ LookupResult: { Word: '快', Pinyin: 'kuài', Strokes: 7 } });
  });
});

describe('the packages generated from the pages', () => {
  test('type-check under strict (fixtures with null items, open responses, raw XML results)', () => {
    expect(entries).toHaveLength(5);
    expect(typecheck(entries)).toEqual([]);
  }, 120_000);
});
