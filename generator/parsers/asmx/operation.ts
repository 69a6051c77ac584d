/**
 * Turns the sample blocks of an ASMX operation page into `Operation`s (docs/formats/asmx.md §Messages).
 * The SOAP samples define the messages (the HTTP GET/POST samples print every
 * parameter as `string`); HTTP samples are used only for what SOAP does not show.
 */
import type { ElementField, Endpoint, Field, HeaderPart, Message, SoapOperation, Protocol, Sample, SourceLoc } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { unknownField } from '../../ir/fields.js';
import { joinPath } from '../../util/source.js';
import { header, requestProtocol, type Heading, type HttpBlock } from './blocks.js';
import type { TypeBuilder } from './shapes.js';
import { xmlSampleTree } from '../../util/sample-tree.js';
import type { XmlElement } from '../../util/tolerant-xml.js';

/** The samples of one operation, by protocol, in page order. */
export interface OpGroup {
  name: string;
  readonly requests: Map<Protocol, HttpBlock>;
  readonly responses: Map<Protocol, HttpBlock>;
  /** Requests whose response is not on the page. */
  readonly unanswered: Set<Protocol>;
  readonly first: number;
}

export interface PageContext {
  readonly text: string;
  readonly diags: Diagnostics;
  readonly types: TypeBuilder;
  loc(offset: number, path?: string): SourceLoc;
  /** 1-based line in the original file of a cleaned-text offset. */
  line(offset: number): number;
}

export const LABEL: Record<Protocol, string> = { soap11: 'SOAP 1.1', soap12: 'SOAP 1.2', 'http-get': 'HTTP GET', 'http-post': 'HTTP POST', rest: 'REST' };

/** Groups blocks into operations: a response belongs to the request before it. */
export function groupBlocks(blocks: readonly HttpBlock[], headings: readonly Heading[], fallbackName: string | undefined): OpGroup[] {
  const groups: OpGroup[] = [];
  let last: { g: OpGroup; p: Protocol } | null = null;
  for (const b of blocks) {
    const heading = [...headings].reverse().find((h) => h.offset < b.headStart)?.protocol;
    if (b.kind === 'request') {
      const p = requestProtocol(b, heading);
      const name: string | undefined = requestOpName(b, p) ?? (last as { g: OpGroup } | null)?.g.name ?? fallbackName ?? soapActionTail(b);
      if (!name) continue;
      let g: OpGroup | undefined = groups.find((x) => x.name === name);
      if (!g) {
        g = { name, requests: new Map(), responses: new Map(), unanswered: new Set(), first: b.headStart };
        groups.push(g);
      }
      if (!g.requests.has(p)) {
        g.requests.set(p, b);
        g.unanswered.add(p);
      }
      last = { g, p };
    } else if (last && last.g.unanswered.has(last.p)) {
      last.g.responses.set(last.p, b);
      last.g.unanswered.delete(last.p);
      last = null;
    }
  }
  return groups;
}

function requestOpName(b: HttpBlock, p: Protocol): string | undefined {
  if (p === 'http-get' || p === 'http-post') {
    const m = /\.asmx\/([^/?]+)$/i.exec(b.path ?? '') ?? /\/([^/?]+)$/.exec(b.path ?? '');
    return m ? decodeURIComponentSafe(m[1]) : undefined;
  }
  return bodyRoot(b.xml?.root ?? null)?.local;
}

function soapActionTail(b: HttpBlock): string | undefined {
  const a = unquote(header(b, 'SOAPAction')?.value ?? '');
  const m = /([A-Za-z_][\w]*)$/.exec(a);
  return m?.[1];
}

/** The body's root element of a SOAP envelope, or the root itself for a bare (HTTP) body. */
export function bodyRoot(root: XmlElement | null): XmlElement | null {
  if (!root) return null;
  if (root.local !== 'Envelope') return root;
  const body = root.children.find((c) => c.local === 'Body');
  return body?.children[0] ?? null;
}

function soapHeaders(root: XmlElement | null): XmlElement[] {
  if (!root || root.local !== 'Envelope') return [];
  return root.children.find((c) => c.local === 'Header')?.children ?? [];
}

export function unquote(v: string): string {
  const s = v.trim().replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');
  return decodeURIComponentSafe(s);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const SOAP: readonly Protocol[] = ['soap11', 'soap12'];

/** The block to read a message from: SOAP first, complete before cut, SOAP 1.1 before 1.2. */
function pick(map: Map<Protocol, HttpBlock>, protocols: readonly Protocol[]): [Protocol, HttpBlock] | null {
  const cands = protocols.filter((p) => map.has(p)).map((p) => [p, map.get(p) as HttpBlock] as [Protocol, HttpBlock]);
  return cands.find(([, b]) => !b.cut && b.xml?.root) ?? cands.find(([, b]) => b.xml?.root) ?? null;
}

/** Builds one operation. */
export function buildOperation(g: OpGroup, ctx: PageContext, description: string | undefined): SoapOperation {
  const op = g.name;
  const protocols = [...g.requests.keys()].sort((a, b) => (g.requests.get(a) as HttpBlock).headStart - (g.requests.get(b) as HttpBlock).headStart);
  const reqPick = pick(g.requests, SOAP);
  const encoded = SOAP.some((p) => g.requests.get(p)?.xml?.encoded || g.responses.get(p)?.xml?.encoded);
  const inPath = joinPath(`operation ${op}`, 'request');
  const outPath = joinPath(`operation ${op}`, 'response');
  let input: Message;
  let headersIn: HeaderPart[] = [];
  if (reqPick) {
    const root = reqPick[1].xml?.root ?? null;
    input = soapMessage(bodyRoot(root), ctx, inPath, reqPick[1], encoded);
    headersIn = headerParts(soapHeaders(root), ctx, joinPath(`operation ${op}`, 'request header'));
  } else {
    unreadableSoap(g, ctx, op);
    input = httpInput(g, op, ctx, inPath);
  }
  checkHttpOrder(g, input, ctx, op);
  input = { ...input, samples: samples(g.requests, ctx, inPath) };

  const respPick = pick(g.responses, SOAP);
  let output: Message | null;
  let headersOut: HeaderPart[] = [];
  const oneWay = SOAP.some((p) => g.responses.get(p)?.status === 202 && !g.responses.get(p)?.xml);
  if (respPick) {
    const root = respPick[1].xml?.root ?? null;
    nameResultType(g, bodyRoot(root), op, ctx);
    output = soapMessage(bodyRoot(root), ctx, outPath, respPick[1], encoded);
    headersOut = headerParts(soapHeaders(root), ctx, joinPath(`operation ${op}`, 'response header'));
  } else if (oneWay) output = null;
  else if (g.responses.size === 0) output = unknownOutput(g, op, input, ctx, outPath);
  else output = httpOutput(g, ctx, outPath);
  if (output) output = { ...output, samples: samples(g.responses, ctx, outPath) };

  const soap11 = g.requests.get('soap11');
  const action = soap11 ? header(soap11, 'SOAPAction') : undefined;
  const soap12 = g.requests.get('soap12');
  const action12 = soap12 ? /action\s*=\s*"([^"]*)"/.exec(header(soap12, 'Content-Type')?.value ?? '')?.[1] : undefined;
  const first = g.requests.get(protocols[0]) as HttpBlock;
  const answer = [g.responses.get('http-get'), g.responses.get('http-post')].find((b) => b?.xml?.root && !b.cut)?.xml?.root;
  return {
    kind: 'operation',
    binding: 'soap',
    name: op,
    ...(description ? { description } : {}),
    style: encoded ? 'rpc' : 'document',
    use: encoded ? 'encoded' : 'literal',
    ...(action ? { soapAction: unquote(action.value) } : action12 !== undefined ? { soapAction: action12 } : {}),
    protocols,
    input,
    output,
    returns: returnsOf(op, output),
    ...(answer && output ? { httpAnswer: { element: answer.local, namespace: answer.ns } } : {}),
    headersIn,
    headersOut,
    faults: [],
    loc: ctx.loc(first.headStart, `operation ${op}`),
  };
}

/**
 * A SOAP request sample whose body could not be read as XML (still escaped twice, mangled by a
 * converter) is an error: the operation would otherwise come out with an empty request.
 */
function unreadableSoap(g: OpGroup, ctx: PageContext, op: string): void {
  for (const p of SOAP) {
    const b = g.requests.get(p);
    if (!b || b.atEnd || b.xml?.root || (b.cut && !b.xml?.bareText)) continue;
    let at = b.bodyStart ?? b.headEnd;
    while (at < ctx.text.length && /\s/.test(ctx.text[at])) at++;
    const shown = ctx.text.slice(at, at + 200).trimStart().split(/\r?\n|\r/)[0].slice(0, 60);
    ctx.diags.error(
      Codes.MISSING,
      `the ${LABEL[p]} request sample of ${op} has no XML body that could be read (${shown ? `found "${shown}"` : 'nothing follows the headers'}); expected <?xml …?> and a SOAP envelope`,
      ctx.loc(at, `operation ${op}`),
    );
  }
}

function returnsOf(op: string, out: Message | null): SoapOperation['returns'] {
  if (!out || (out.fields.length === 0 && !out.open)) return 'void';
  if (out.fields.length === 1 && (out.fields[0].name === `${op}Result` || !out.wrapped)) return 'result';
  return 'object';
}

/**
 * The message of a SOAP sample: the body's root element and its content. In an rpc/encoded
 * sample the root is the RPC wrapper and its children are the parts, which are unqualified and
 * always written (WSDL 1.1 §3.5, SOAP 1.1 §7.1), whatever prefix a generator printed on them.
 */
function soapMessage(root: XmlElement | null, ctx: PageContext, path: string, b: HttpBlock, encoded: boolean): Message {
  if (!root) return { kind: 'message', wrapped: true, fields: [], loc: ctx.loc(b.bodyStart ?? b.headStart, path) };
  let fields: Field[];
  ctx.types.encodedSample = encoded;
  try {
    fields = ctx.types.fieldsOf(root, root.local, path);
  } finally {
    ctx.types.encodedSample = false;
  }
  return {
    kind: 'message',
    element: root.local,
    namespace: root.ns,
    wrapped: true,
    fields: encoded ? fields.map(encodedParam) : fields,
    loc: ctx.loc(root.start, path),
  };
}

/** rpc/encoded parameters are unqualified and always sent (attributes stay as they are). */
function encodedParam(f: Field): Field {
  switch (f.fieldKind) {
    case 'element':
      return { ...f, namespace: '', optional: false };
    case 'text':
    case 'any':
      return { ...f, optional: false };
    case 'attribute':
      return f;
    default:
      return unknownField(f);
  }
}

function headerParts(els: readonly XmlElement[], ctx: PageContext, path: string): HeaderPart[] {
  return els
    .filter((e) => e.closed || e.children.length > 0)
    .map((e) => {
      const p = joinPath(path, e.local);
      const t = ctx.types.typeOf(e, '', p);
      return { kind: 'header', name: e.local, namespace: e.ns, type: t.type, loc: ctx.loc(e.start, p) };
    });
}

/** HTTP-only page: parameters from the query string / form body (in their order). */
function httpInput(g: OpGroup, op: string, ctx: PageContext, path: string): Message {
  const b = g.requests.get('http-post') ?? g.requests.get('http-get');
  const ns = [...g.responses.values()].map((r) => bodyRoot(r.xml?.root ?? null)?.ns).find((x) => x !== undefined);
  if (!b) return { kind: 'message', element: op, wrapped: true, fields: [] };
  return { kind: 'message', element: op, ...(ns !== undefined ? { namespace: ns } : {}), wrapped: true, fields: formFields(b, ctx, path, ns ?? ''), loc: ctx.loc(b.headStart, path) };
}

/** `name=type&name=type` pairs of an HTTP GET query or POST body (docs/formats/asmx.md §HTTP GET, §HTTP POST); a repeated name is an array. */
export function formPairs(b: HttpBlock): { name: string; value: string; offset: number }[] {
  const src = b.form ? { text: b.form.text, start: b.form.start } : b.query !== undefined ? { text: b.query, start: b.queryStart ?? b.headStart } : null;
  if (!src) return [];
  const res: { name: string; value: string; offset: number }[] = [];
  const re = /([^=&]+)=([^&]*)/g;
  let m: RegExpExecArray | null;
  const text = src.text.replace(/&amp;/g, '&\u0000\u0000\u0000\u0000');
  while ((m = re.exec(text))) res.push({ name: m[1].replace(/\u0000/g, ''), value: m[2].replace(/\u0000/g, ''), offset: src.start + m.index });
  return res;
}

function formFields(b: HttpBlock, ctx: PageContext, path: string, ns: string): ElementField[] {
  const pairs = formPairs(b);
  const fields: ElementField[] = [];
  for (const p of pairs) {
    const i = fields.findIndex((f) => f.name === p.name);
    if (i >= 0) {
      fields[i] = { ...fields[i], array: true, optional: true };
      continue;
    }
    const fp = joinPath(path, p.name);
    const t = ctx.types.leaf(p.value, p.name, '', p.offset, fp);
    fields.push({ kind: 'field', fieldKind: 'element', name: p.name, namespace: ns, type: t.type, optional: t.optional, array: false, nillable: false, ...(t.provenance ? { provenance: t.provenance } : {}), loc: ctx.loc(p.offset, fp) });
  }
  return fields;
}

/**
 * The HTTP GET/POST answer's root is named after the result's CLR type (`<User>`, where SOAP
 * shows `<GetUserResult>`): the record type takes that name, so operations returning one type
 * share one declaration.
 */
function nameResultType(g: OpGroup, wrapper: XmlElement | null, op: string, ctx: PageContext): void {
  const result = wrapper?.children.find((c) => c.local === `${op}Result`);
  const http = (g.responses.get('http-get') ?? g.responses.get('http-post'))?.xml?.root;
  if (!result || !http || result.children.length === 0 || http.children.length === 0) return;
  if (/^ArrayOf/.test(http.local) || http.local === result.local) return;
  // An array result (one item element repeated) is named by its items, not by the wrapper.
  if (result.children.length > 1 && result.children.every((c) => c.qname === result.children[0].qname)) return;
  ctx.types.nameAs(result, http.local);
}

/**
 * No response sample on the page (cut short, or the section left out): the answer is not known,
 * which is not the same as "returns nothing". The response is an open record: the children of the
 * SOAP `{Op}Response` element, or the root element of an HTTP GET/POST answer, as raw XML in `$extra`.
 */
function unknownOutput(g: OpGroup, op: string, input: Message, ctx: PageContext, path: string): Message {
  const ns = input.namespace;
  const first = [...g.requests.values()].sort((a, b) => a.headStart - b.headStart)[0];
  const loc = ctx.loc(first.headStart, path);
  ctx.diags.warn(Codes.MISSING, `the page shows no response sample for ${op}; its response is typed as raw XML (the answer's elements in $extra), not as void (give the full page or the WSDL for its type)`, loc);
  return { kind: 'message', element: `${op}Response`, ...(ns !== undefined ? { namespace: ns } : {}), wrapped: true, fields: [], open: true, loc };
}

/** HTTP-only page: the bare return element (docs/formats/asmx.md §HTTP GET); no body means void. */
function httpOutput(g: OpGroup, ctx: PageContext, path: string): Message {
  const b = g.responses.get('http-post') ?? g.responses.get('http-get');
  const root = b?.xml?.root ?? null;
  if (b && !root && b.xml?.bareText === 'xml') {
    const f: Field = { kind: 'field', fieldKind: 'element', name: `${g.name}Result`, type: { kind: 'xml' }, optional: true, array: false, nillable: false, loc: ctx.loc(b.bodyStart ?? b.headStart, path) };
    return { kind: 'message', wrapped: false, fields: [f], loc: f.loc };
  }
  if (!b || !root) return { kind: 'message', wrapped: !b, fields: [], ...(b ? { loc: ctx.loc(b.headStart, path) } : {}) };
  const p = joinPath(path, root.local);
  const t = ctx.types.typeOf(root, '', p);
  const f: Field = { kind: 'field', fieldKind: 'element', name: root.local, namespace: root.ns, type: t.type, optional: t.optional, array: t.array ?? false, ...(t.arrayItem ? { arrayItem: t.arrayItem } : {}), nillable: false, loc: ctx.loc(root.start, p) };
  return { kind: 'message', element: root.local, namespace: root.ns, wrapped: false, fields: [f], loc: ctx.loc(root.start, path) };
}

/** Compares HTTP parameter names/order with the SOAP request (they should agree; types differ by design). */
function checkHttpOrder(g: OpGroup, input: Message, ctx: PageContext, op: string): void {
  if (!input.element || !g.requests.has('soap11') && !g.requests.has('soap12')) return;
  for (const p of ['http-get', 'http-post'] as const) {
    const b = g.requests.get(p);
    if (!b) continue;
    const names = [...new Set(formPairs(b).map((x) => x.name))];
    const soap = input.fields.filter((f) => f.fieldKind !== 'attribute').map((f) => f.name);
    if (names.length > 0 && soap.length > 0 && names.join(',') !== soap.join(',')) {
      ctx.diags.warn(Codes.DISAGREEMENT, `the ${LABEL[p]} parameters (${names.join(', ')}) differ from the SOAP request's (${soap.join(', ')}); the SOAP sample is used`, ctx.loc(b.headStart, `operation ${op}`), input.loc);
    }
  }
}

function samples(map: Map<Protocol, HttpBlock>, ctx: PageContext, path: string): Sample[] {
  const res: Sample[] = [];
  for (const [p, b] of map) {
    const ctype = header(b, 'Content-Type')?.value.split(';')[0].trim();
    const http = ctx.text.slice(b.headStart, b.headEnd).replace(/\s+$/, '');
    const body = b.bodyStart !== undefined ? ctx.text.slice(b.bodyStart, b.bodyEnd) : p === 'http-get' && b.kind === 'request' ? (b.query ?? '') : '';
    const mediaType = ctype ?? (p === 'http-get' && b.kind === 'request' ? 'application/x-www-form-urlencoded' : p === 'soap12' ? 'application/soap+xml' : 'text/xml');
    const tree = b.asRead ? xmlSampleTree(b.asRead) : undefined;
    res.push({ protocol: p, mediaType, text: body, ...(tree ? { tree } : {}), http, loc: ctx.loc(b.headStart, joinPath(path, LABEL[p])) });
  }
  return res;
}

/** Endpoints per protocol; HTTP GET/POST paths are cut back to the `.asmx` service path. */
export function endpointsOf(groups: readonly OpGroup[], ctx: PageContext): Endpoint[] {
  const res: Endpoint[] = [];
  for (const g of groups) {
    for (const [p, b] of g.requests) {
      if (res.some((e) => e.protocol === p)) continue;
      let path = b.path ?? '';
      if (p === 'http-get' || p === 'http-post') path = /^(.*?\.asmx)(?:\/|$)/i.exec(path)?.[1] ?? path.replace(/\/[^/]*$/, '');
      const host = header(b, 'Host')?.value;
      const usable = host && host !== 'string' && !/\s/.test(host) ? host : undefined;
      const shown = usable ? shownAddress(ctx.text, usable) : undefined;
      const url = shown && path ? { url: `${shown}${path}` } : {};
      res.push({ protocol: p, ...(usable ? { host: usable } : {}), ...(path ? { path } : {}), ...url, loc: ctx.loc(b.headStart) });
    }
  }
  const guessed = res.find((e) => e.host && !e.url);
  if (guessed) {
    ctx.diags.warn(Codes.CONVENTION, `the page shows no address with a scheme for ${guessed.host} (such as http://${guessed.host}${guessed.path ?? ''}); the default endpoint uses https://`, guessed.loc);
  }
  return res;
}

/**
 * Scheme and authority (with a port, if any) of the service's own address where the page shows
 * it (`http://host/Svc.asmx?op=X`, a copied address bar or link): only `.asmx` addresses on the
 * Host of the samples count, never namespace URIs.
 */
function shownAddress(text: string, host: string): string | undefined {
  const re = /\b(https?):\/\/([^\s/"'<>?#]+)(\/[^\s"'<>?#]*)?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[2].toLowerCase().replace(/:\d+$/, '') === host.toLowerCase().replace(/:\d+$/, '') && /\.asmx\b/i.test(m[3] ?? '')) return `${m[1].toLowerCase()}://${m[2]}`;
  }
  return undefined;
}
