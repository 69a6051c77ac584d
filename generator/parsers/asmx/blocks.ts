/**
 * Finds the HTTP sample blocks of an ASMX help page by structure, not prose
 * (docs/formats/asmx.md §Finding the samples): request lines (`POST /x.asmx HTTP/1.1`,
 * `GET /x.asmx/Op?a=string HTTP/1.1`, Mono's `POST /x.asmx`), status lines (`HTTP/1.1 200 OK`),
 * `Name: value` headers (one per line, or run together on one line when whitespace was
 * collapsed), then the body: an XML sample (up to the end of its root element) or a
 * `name=type&…` form body. Protocol headings (`SOAP 1.1`, `SOAP`, `HTTP GET`, …) are found too,
 * also when run into the previous sentence ("…local machine.SOAP 1.1").
 */
import type { Protocol } from '../../ir/types.js';
import { SOAP11_ENV_NS, SOAP12_ENV_NS } from '../../util/namespaces.js';
import { readTolerantXml, type XmlReadResult } from '../../util/tolerant-xml.js';

/** A sample body as read; `encoded` once encoded.ts has resolved its multi-references. */
export interface SampleXml extends XmlReadResult {
  /** The body uses SOAP encoding (multi-reference values, `arrayType`, `encodingStyle`, `xsi:type`). */
  readonly encoded?: boolean;
}

export interface HttpHeader {
  readonly name: string;
  readonly value: string;
  readonly offset: number;
}

export interface HttpBlock {
  readonly kind: 'request' | 'response';
  readonly method?: 'GET' | 'POST';
  /** Request path without the query. */
  readonly path?: string;
  /** Query string without `?`. */
  readonly query?: string;
  readonly queryStart?: number;
  readonly status?: number;
  readonly headers: readonly HttpHeader[];
  readonly headStart: number;
  readonly headEnd: number;
  readonly xml?: SampleXml;
  /** The body as read, before encoded.ts resolves multi-references in `xml` (the IR's sample tree). */
  readonly asRead?: SampleXml;
  readonly form?: { readonly text: string; readonly start: number };
  readonly bodyStart?: number;
  readonly bodyEnd?: number;
  /** The XML body was cut short by the end of the text. */
  readonly cut: boolean;
  /** Nothing follows the head: the text ends there. */
  readonly atEnd?: boolean;
}

export interface Heading {
  readonly protocol: Protocol;
  readonly offset: number;
  readonly label: string;
}

const REQUEST = /(?<![\w/])(POST|GET)[ \t]+(\/[^\s?"'<>]*)(?:\?([^\s"'<>]*))?(?:[ \t]+HTTP\/\d\.\d)?/g;
const STATUS = /(?<![\w/])HTTP\/\d\.\d[ \t]+(\d{3})(?:[ \t]+(?:OK|Accepted|No Content|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?![\w:-]))?/g;
const HEADER = /[ \t]*([A-Za-z][\w]*(?:[ \t]?-[ \t]?[A-Za-z]+)*)[ \t]*:[ \t]*/y;
const VALUE_END = /[ \t]+[A-Za-z][\w]*(?:[ \t]?-[ \t]?[A-Za-z]+)*[ \t]*:[ \t]|[ \t]*<|[ \t]*(?:\r?\n|\r)|$/g;
/** Headers whose value is one token (or one quoted string): safe to read when whitespace is collapsed. */
const SINGLE_TOKEN = /^(?:Host|Content-?Length|SOAPAction)$/i;
const HEADING = /(?:^|[.:!?。)\]'])[ \t]*(SOAP 1\.1|SOAP 1\.2|SOAP|Soap|HTTP GET|HTTP POST|HTTP Get|HTTP Post)[ \t]*$/gm;

/** All sample blocks of the text, in order. */
export function findBlocks(text: string): HttpBlock[] {
  const blocks: HttpBlock[] = [];
  let pos = 0;
  while (pos < text.length) {
    REQUEST.lastIndex = pos;
    STATUS.lastIndex = pos;
    const rq = REQUEST.exec(text);
    const st = STATUS.exec(text);
    if (!rq && !st) break;
    const useReq = rq !== null && (st === null || rq.index <= st.index);
    const m = (useReq ? rq : st) as RegExpExecArray;
    const block = readBlock(text, m, useReq);
    if (!isHelpAddress(block)) blocks.push(block);
    pos = Math.max(block.bodyEnd ?? block.headEnd, m.index + m[0].length);
  }
  return blocks;
}

/**
 * A request for the help site itself (`Svc.asmx?op=Name`, `?wsdl`, `?disco`, `?singleWsdl`), e.g.
 * a scan report or a link quoted on the page: not an operation sample.
 */
function isHelpAddress(b: HttpBlock): boolean {
  if (b.kind !== 'request' || b.query === undefined || b.xml || b.form) return false;
  if (/^(?:wsdl|singlewsdl|disco)\b/i.test(b.query)) return true;
  // An operation's HTTP GET address is `Svc.asmx/Op?…`; the help page's is `Svc.asmx?op=Op`.
  return /\.asmx$/i.test(b.path ?? '') && /^(?:op=|xsd=|page=op\b)/i.test(b.query);
}

function readBlock(text: string, m: RegExpExecArray, isRequest: boolean): HttpBlock {
  const headStart = m.index;
  let i = m.index + m[0].length;
  const headers: HttpHeader[] = [];
  for (;;) {
    const lineEnd = /[ \t]*(\r?\n|\r)/y;
    lineEnd.lastIndex = i;
    const nl = lineEnd.exec(text);
    if (nl) {
      const after = nl.index + nl[0].length;
      if (/^[ \t]*(?:\r?\n|\r)/.test(text.slice(after, after + 40))) {
        i = after;
        break; // blank line: end of head
      }
      i = after;
    }
    HEADER.lastIndex = i;
    const h = HEADER.exec(text);
    if (!h || /^https?$/i.test(h[1])) break;
    const vStart = h.index + h[0].length;
    const name = h[1].replace(/[ \t]/g, '');
    const token = SINGLE_TOKEN.test(name) ? /"[^"\n]*"|'[^'\n]*'|[^\s<]*/y : null;
    let vEnd: number;
    if (token) {
      token.lastIndex = vStart;
      vEnd = vStart + (token.exec(text)?.[0].length ?? 0);
    } else {
      VALUE_END.lastIndex = vStart;
      vEnd = (VALUE_END.exec(text) as RegExpExecArray).index;
    }
    headers.push({ name, value: text.slice(vStart, vEnd).trim(), offset: h.index + (h[0].length - h[0].trimStart().length) });
    i = vEnd;
  }
  const headEnd = i;
  const base = {
    kind: isRequest ? ('request' as const) : ('response' as const),
    headers,
    headStart,
    headEnd,
    ...(isRequest
      ? { method: m[1] as 'GET' | 'POST', path: m[2], ...(m[3] !== undefined ? { query: m[3], queryStart: m.index + m[0].indexOf('?') + 1 } : {}) }
      : { status: Number(m[1]) }),
  };
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  // Nothing after the head, or only a last partial line (a header cut mid-word): the page ends here.
  if (j >= text.length || (text.length - j < 80 && !text.includes('\n', j) && !text.includes('<', j))) return { ...base, cut: false, atEnd: true };
  if (text[j] === '<' && /^<[?!A-Za-z_]/.test(text.slice(j, j + 2))) {
    const xml = readTolerantXml(text, { from: j, bareText: true });
    // `<?xml …?>` then the word `xml`: the bare answer of an XmlNode result (docs/formats/asmx.md §HTTP GET), complete.
    return { ...base, xml, asRead: xml, bodyStart: j, bodyEnd: xml.end, cut: !xml.complete || (!xml.root && xml.bareText !== 'xml') };
  }
  const ctype = headers.find((x) => /^content-?type$/i.test(x.name))?.value ?? '';
  if (isRequest && m[1] === 'POST' && /form-urlencoded/i.test(ctype)) {
    const f = /^[^\s=&<>]+=[^\s&<>]*(?:&(?:amp;)?[^\s=&<>]+=[^\s&<>]*)*/.exec(text.slice(j, j + 20000));
    if (f) return { ...base, form: { text: f[0], start: j }, bodyStart: j, bodyEnd: j + f[0].length, cut: false };
  }
  return { ...base, cut: false };
}

/** Protocol headings, in order (structure words only; prose is localised). */
export function findHeadings(text: string): Heading[] {
  const res: Heading[] = [];
  HEADING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING.exec(text))) {
    const label = m[1];
    const offset = m.index + m[0].indexOf(label);
    const up = label.toUpperCase();
    const protocol: Protocol = up === 'SOAP 1.2' ? 'soap12' : up.startsWith('SOAP') ? 'soap11' : up === 'HTTP GET' ? 'http-get' : 'http-post';
    res.push({ protocol, offset, label });
  }
  return res;
}

/** The header value by case-insensitive name (spaces in the name ignored: `Content -length`). */
export function header(b: HttpBlock, name: string): HttpHeader | undefined {
  const want = name.toLowerCase().replace(/[\s-]/g, '');
  return b.headers.find((h) => h.name.toLowerCase().replace(/[\s-]/g, '') === want);
}

/** The protocol of a request block, from its structure (method, path, Content-Type, envelope). */
export function requestProtocol(b: HttpBlock, fallback: Protocol | undefined): Protocol {
  if (b.method === 'GET') return 'http-get';
  const ctype = header(b, 'Content-Type')?.value ?? '';
  if (b.form || /form-urlencoded/i.test(ctype) || /\.asmx\/[^/]+$/i.test(b.path ?? '')) return 'http-post';
  const root = b.xml?.root;
  if (root?.local === 'Envelope') {
    if (root.ns === SOAP12_ENV_NS) return 'soap12';
    if (root.ns === SOAP11_ENV_NS) return 'soap11';
  }
  if (/soap\+xml/i.test(ctype)) return 'soap12';
  if (/text\/xml/i.test(ctype) || header(b, 'SOAPAction')) return 'soap11';
  return fallback ?? 'soap11';
}
