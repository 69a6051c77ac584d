import { SOAP11_ENV_NS, SOAP12_ENV_NS } from '../../util/namespaces.js';
import { readTolerantXml, type XmlElement, type XmlProblem } from '../../util/tolerant-xml.js';

/**
 * Locating sample SOAP envelopes in an article's text view. An envelope is an `Envelope` element
 * whose start tag declares the SOAP 1.1 (`http://schemas.xmlsoap.org/soap/envelope/`) or SOAP 1.2
 * (`http://www.w3.org/2003/05/soap-envelope`) namespace (SOAP 1.1 §4.1.1, SOAP 1.2 part 1 §5.1).
 * A well-known prefix without a declaration (`soap:`, `soapenv:`…) is accepted as SOAP 1.1.
 */

const KNOWN_PREFIXES = new Set(['soap', 'soapenv', 'soap-env', 'env', 's', 'se', 'sv']);
const START = /<((?:[A-Za-z_][\w.\-]*:)?)Envelope(?=[\s\u00a0>/])/g;

/** Where one sample envelope sits in the view. */
export interface EnvelopeRegion {
  readonly start: number;
  /** End of the envelope text (after `</…Envelope>`, or after the last complete tag when truncated). */
  readonly end: number;
  readonly truncated: boolean;
  readonly version: 'soap11' | 'soap12';
  /** True when the SOAP namespace was not declared and the version was assumed from the prefix. */
  readonly assumed: boolean;
}

/** A read envelope. */
export interface SampleEnvelope {
  readonly region: EnvelopeRegion;
  /** The envelope text as it appears in the view (entities of an HTML page decoded). */
  readonly text: string;
  readonly root?: XmlElement;
  readonly headers: readonly XmlElement[];
  /** The first element child of `Body`. */
  readonly body?: XmlElement;
  readonly fault: boolean;
  readonly problems: readonly XmlProblem[];
  readonly unclosed: readonly string[];
  readonly undeclared: readonly string[];
}

/** The SOAP version an envelope start tag declares, if any. */
function versionOf(startTag: string, prefix: string): { version: 'soap11' | 'soap12'; assumed: boolean } | undefined {
  const p = prefix.replace(/:$/, '');
  const decl = new RegExp(`xmlns${p ? ':' + p.replace(/[.\-]/g, '\\$&') : ''}[\\s\\u00a0]*=[\\s\\u00a0]*["'“”]([^"'“”]*)`).exec(startTag);
  if (decl) {
    const uri = decl[1].trim();
    if (uri === SOAP11_ENV_NS || uri === SOAP11_ENV_NS.slice(0, -1)) return { version: 'soap11', assumed: false };
    if (uri === SOAP12_ENV_NS || uri === SOAP12_ENV_NS + '/') return { version: 'soap12', assumed: false };
    return undefined;
  }
  return KNOWN_PREFIXES.has(p.toLowerCase()) ? { version: 'soap11', assumed: true } : undefined;
}

/** Finds every sample envelope in `text`, in order. */
export function findEnvelopes(text: string): EnvelopeRegion[] {
  const starts: { index: number; prefix: string; version: 'soap11' | 'soap12'; assumed: boolean }[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const gt = text.indexOf('>', m.index);
    if (gt < 0) break;
    const v = versionOf(text.slice(m.index, gt + 1), m[1]);
    if (v) starts.push({ index: m.index, prefix: m[1], ...v });
  }
  return starts.map((s, k) => {
    const limit = k + 1 < starts.length ? starts[k + 1].index : text.length;
    const close = new RegExp(`</${s.prefix.replace(/[.\-]/g, '\\$&')}Envelope[\\s\\u00a0]*>`, 'g');
    close.lastIndex = s.index;
    const c = close.exec(text);
    if (c && c.index < limit) return { start: s.index, end: c.index + c[0].length, truncated: false, version: s.version, assumed: s.assumed };
    const lastGt = text.lastIndexOf('>', limit - 1);
    return { start: s.index, end: Math.max(lastGt + 1, s.index + 1), truncated: true, version: s.version, assumed: s.assumed };
  });
}

function childrenNamed(el: XmlElement | null | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/** Reads one envelope region: header blocks, body root, fault. */
export function readEnvelope(text: string, region: EnvelopeRegion): SampleEnvelope {
  const x = readTolerantXml(text, { from: region.start, limit: region.end, entities: 'html', afterRoot: 'report' });
  const header = childrenNamed(x.root, 'Header')[0];
  const body = childrenNamed(x.root, 'Body')[0];
  const first = body?.children[0];
  const envNs = x.root?.ns ?? '';
  const fault = !!first && first.local === 'Fault' && (first.ns === envNs || first.ns === SOAP11_ENV_NS || first.ns === SOAP12_ENV_NS);
  return {
    region,
    text: text.slice(region.start, region.end),
    root: x.root ?? undefined,
    headers: header ? header.children : [],
    body: first,
    fault,
    problems: x.problems,
    unclosed: x.unclosed,
    undeclared: x.undeclared,
  };
}
