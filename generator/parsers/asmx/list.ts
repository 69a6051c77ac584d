/**
 * The ASMX operation-list page (`Service.asmx`, docs/formats/asmx.md §Operation list): service name, service
 * description, and per operation its name, `MessageName="Key"` (overloads) and description.
 *
 * The list has no messages. Each listed operation becomes a listing-only stub: an `Operation`
 * with `protocols: []`, an input `Message` that has no `element` and no `samples`, an output
 * `Message` of the same empty shape, `returns: 'void'`. The merge pass recognises stubs by the
 * missing `input.element` (see `isListedOnly`) and fills them from the operation pages or the WSDL.
 */
import type { Operation, SoapOperation, SourceLoc } from '../../ir/types.js';
import { splitLines, type MappedText } from './text.js';

export interface ListedOperation {
  readonly name: string;
  readonly messageName?: string;
  readonly description?: string;
  readonly offset: number;
}

export interface OperationList {
  readonly serviceName?: string;
  readonly description?: string;
  readonly operations: ListedOperation[];
}

/** True for an operation read from a list page only (no messages known). */
export function isListedOnly(op: Operation): boolean {
  return op.input.element === undefined && (op.input.samples ?? []).length === 0 && op.protocols.length === 0;
}

const LINK = /<a\s[^>]*href\s*=\s*["']?[^"'>]*?(?:\?|&amp;|&)op=([^"'&>]+)["']?[^>]*>([\s\S]*?)<\/a>/gi;

/** Reads a raw-HTML list page (the `<a href="….asmx?op=X">` items). */
export function readHtmlList(html: string): OperationList | null {
  const ops: ListedOperation[] = [];
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found: { key: string; name: string; offset: number; end: number }[] = [];
  // Mono lists every operation once per binding (`…&op=X&bnd=XSoap`, then `bnd=XSoap12`): keep the first.
  const keys = new Set<string>();
  while ((m = LINK.exec(html))) {
    const key = decode(m[1]);
    if (keys.has(key)) continue;
    keys.add(key);
    found.push({ key, name: plain(m[2]), offset: m.index, end: m.index + m[0].length });
  }
  if (found.length && MONO_LINK.test(html)) return readMonoList(html, found);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const stop = k + 1 < found.length ? found[k + 1].offset : html.length;
    const tail = html.slice(f.end, stop);
    const item = tail.split(/<\/li>/i)[0];
    const mn = /MessageName\s*=\s*"([^"]*)"/.exec(plain(item));
    const spans = [...item.matchAll(/<span>([\s\S]*?)<\/span>/gi)].map((s) => plain(s[1])).filter((s) => s && !/^MessageName\s*=/.test(s));
    const name = f.name || f.key;
    ops.push({ name, ...(mn && mn[1] !== name ? { messageName: mn[1] } : {}), ...(spans[0] ? { description: spans[0] } : {}), offset: f.offset });
  }
  if (ops.length === 0) return null;
  const heading = /<p\s+class=["']?heading1["']?[^>]*>([\s\S]*?)<\/p>/i.exec(html);
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html);
  const serviceName = heading ? plain(heading[1]) : title ? plain(title[1]).replace(/\s+Web Service$/i, '') : undefined;
  const firstLink = found[0].offset;
  const intros = [...html.slice(0, firstLink).matchAll(/<p\s+class=["']?intro["']?[^>]*>([\s\S]*?)<\/p>/gi)];
  const desc = intros.filter((p) => !/\?WSDL|\?wsdl/.test(p[1])).map((p) => plain(p[1]))[0];
  return { ...(serviceName ? { serviceName } : {}), ...(desc ? { description: desc } : {}), operations: ops };
}

/**
 * Reads a copied-text list page: after the sentence ending in "Service Description." each
 * identifier line is an operation, a `MessageName="K"` line its key, other lines its description.
 */
export function readTextList(src: MappedText): OperationList | null {
  const t = src.text;
  const intro = /operations are supported[^\n]*\n/i.exec(t);
  if (!intro) return null;
  const ops: { name: string; messageName?: string; description: string[]; offset: number }[] = [];
  for (const [s, e] of splitLines(t.slice(intro.index + intro[0].length)).map(([a, b]) => [a + intro.index + intro[0].length, b + intro.index + intro[0].length])) {
    const line = t.slice(s, e).trim();
    if (!line) continue;
    if (/^This web service|^Recommendation:|WS-I Basic Profile/i.test(line)) break;
    const mn = /^MessageName\s*=\s*"([^"]*)"$/.exec(line);
    if (mn && ops.length) ops[ops.length - 1].messageName = mn[1];
    else if (/^[A-Za-z_][\w]*$/.test(line)) ops.push({ name: line, description: [], offset: s });
    else if (ops.length) ops[ops.length - 1].description.push(line);
  }
  if (ops.length === 0) return null;
  return {
    operations: ops.map((o) => ({ name: o.name, ...(o.messageName ? { messageName: o.messageName } : {}), ...(o.description.length ? { description: o.description.join(' ') } : {}), offset: o.offset })),
  };
}

const MONO_LINK = /\?page=op&(?:amp;)?tab=\w+&(?:amp;)?op=/i;

/**
 * Mono's service page: the name in `div.title` (after the "Web Service" label), no per-operation
 * descriptions, the service description under "Web Service Overview" (Mono prints "Description
 * has not been provided" when there is none).
 */
function readMonoList(html: string, found: readonly { key: string; name: string; offset: number }[]): OperationList {
  const title = /<div\s+class=["']?title["']?[^>]*>([\s\S]*?)<\/div>/i.exec(html);
  const serviceName = title ? plain(title[1].replace(/<span[^>]*>[\s\S]*?<\/span>/i, '')) : undefined;
  const overview = /Web Service Overview\s*<\/p>([\s\S]*?)<\/td>/i.exec(html);
  const desc = overview ? plain(overview[1]) : '';
  return {
    ...(serviceName ? { serviceName } : {}),
    ...(desc && !/^Description has not been provided$/i.test(desc) ? { description: desc } : {}),
    operations: found.map((f) => ({ name: f.name || f.key, offset: f.offset })),
  };
}

/** A listing-only operation stub (see the module comment). */
export function stubOperation(l: ListedOperation, loc: SourceLoc): SoapOperation {
  const name = l.messageName ?? l.name;
  return {
    kind: 'operation',
    binding: 'soap',
    name,
    ...(l.description ? { description: l.description } : {}),
    protocols: [],
    input: { kind: 'message', wrapped: true, fields: [] },
    output: { kind: 'message', wrapped: true, fields: [] },
    returns: 'void',
    headersIn: [],
    headersOut: [],
    faults: [],
    loc,
  };
}

function plain(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
