import type { Protocol } from '../../ir/types.js';
import type { Doc } from './loader.js';
import { NS, qid } from './ns.js';
import { deepText } from './schema-index.js';
import { attr, kids, resolveQName, type XmlElement } from './xml.js';

/** A WSDL 1.1 top-level component with the document and target namespace it was declared in. */
export interface WComp {
  readonly el: XmlElement;
  readonly doc: Doc;
  readonly tns: string;
  readonly name: string;
}

/** `soap:body` / `soap:header` facts of one binding input or output (WSDL 1.1 §3.5, §3.7). */
export interface BodyInfo {
  readonly use?: 'literal' | 'encoded';
  readonly namespace?: string;
  readonly encodingStyle?: string;
  /** `parts` attribute: the parts that go into the body (all when absent). */
  readonly parts?: readonly string[];
  readonly headers: readonly { readonly message: string; readonly part: string; readonly use?: string; readonly namespace?: string; readonly el: XmlElement }[];
  /** `soap:headerfault` children of the `soap:header` elements. */
  readonly headerFaults: readonly { readonly message: string; readonly part: string; readonly namespace?: string; readonly el: XmlElement }[];
}

export interface BindingOp {
  readonly name: string;
  readonly inputName?: string;
  readonly el: XmlElement;
  readonly soapAction?: string;
  readonly style?: 'document' | 'rpc';
  readonly input?: BodyInfo;
  readonly output?: BodyInfo;
}

export interface Binding extends WComp {
  /** Protocol, or undefined for a binding svcgen does not know (e.g. MIME-only, JMS). */
  readonly protocol?: Protocol;
  readonly portType: string;
  readonly style?: 'document' | 'rpc';
  readonly ops: readonly BindingOp[];
}

/** The WSDL 1.1 components of all `definitions` documents, keyed `{tns}name`. */
export interface WsdlModel {
  readonly messages: Map<string, WComp>;
  readonly portTypes: WComp[];
  readonly bindings: Binding[];
  readonly services: WComp[];
  readonly definitions: WComp;
}

const W = [NS.wsdl];
const SOAPS: readonly string[] = [NS.soap11, NS.soap12];

export function wsdlDoc(el: XmlElement): string | undefined {
  const t = kids(el, W, 'documentation').map(deepText).filter(Boolean).join('\n');
  return t || undefined;
}

/** QName attribute → `{ns}local` key ('' on failure). */
export function qattr(el: XmlElement, name: string): string {
  const v = attr(el, name);
  const q = v ? resolveQName(el, v) : undefined;
  return q ? qid(q.ns, q.local) : '';
}

function style(v: string | undefined): 'document' | 'rpc' | undefined {
  return v === 'rpc' || v === 'document' ? v : undefined;
}

function body(io: XmlElement | undefined): BodyInfo | undefined {
  if (!io) return undefined;
  let info: { -readonly [K in keyof BodyInfo]: BodyInfo[K] } = { headers: [], headerFaults: [] };
  const headers: BodyInfo['headers'][number][] = [];
  const headerFaults: BodyInfo['headerFaults'][number][] = [];
  for (const c of io.children) {
    if (!SOAPS.includes(c.ns)) continue;
    if (c.local === 'body') {
      const use = attr(c, 'use');
      const parts = attr(c, 'parts');
      info = {
        ...info,
        ...(use === 'encoded' || use === 'literal' ? { use } : {}),
        ...(attr(c, 'namespace') !== undefined ? { namespace: attr(c, 'namespace') } : {}),
        ...(attr(c, 'encodingStyle') ? { encodingStyle: attr(c, 'encodingStyle') } : {}),
        ...(parts !== undefined ? { parts: parts.split(/\s+/).filter(Boolean) } : {}),
      };
    } else if (c.local === 'header') {
      headers.push({ message: qattr(c, 'message'), part: attr(c, 'part') ?? '', use: attr(c, 'use'), namespace: attr(c, 'namespace'), el: c });
      for (const hf of c.children) {
        if (SOAPS.includes(hf.ns) && hf.local === 'headerfault') headerFaults.push({ message: qattr(hf, 'message'), part: attr(hf, 'part') ?? '', namespace: attr(hf, 'namespace'), el: hf });
      }
    }
  }
  return { ...info, headers, headerFaults };
}

function binding(el: XmlElement, doc: Doc, tns: string): Binding {
  let protocol: Protocol | undefined;
  let bstyle: 'document' | 'rpc' | undefined;
  for (const c of el.children) {
    if (c.local !== 'binding') continue;
    if (c.ns === NS.soap11 || c.ns === NS.soap12) {
      protocol = c.ns === NS.soap11 ? 'soap11' : 'soap12';
      bstyle = style(attr(c, 'style'));
    } else if (c.ns === NS.http) {
      protocol = (attr(c, 'verb') ?? '').toUpperCase() === 'GET' ? 'http-get' : 'http-post';
    }
  }
  const ops: BindingOp[] = kids(el, W, 'operation').map((op) => {
    const soapOp = op.children.find((c) => SOAPS.includes(c.ns) && c.local === 'operation');
    const input = kids(op, W, 'input')[0];
    return {
      name: attr(op, 'name') ?? '',
      ...(input && attr(input, 'name') ? { inputName: attr(input, 'name') } : {}),
      el: op,
      ...(soapOp && attr(soapOp, 'soapAction') !== undefined ? { soapAction: attr(soapOp, 'soapAction') } : {}),
      ...(soapOp && style(attr(soapOp, 'style')) ? { style: style(attr(soapOp, 'style')) } : {}),
      input: body(input),
      output: body(kids(op, W, 'output')[0]),
    };
  });
  return { el, doc, tns, name: attr(el, 'name') ?? '', protocol, portType: qattr(el, 'type'), style: bstyle, ops };
}

/** Collects messages, portTypes, bindings and services from every WSDL document (WSDL 1.1 §2). */
export function readModel(docs: readonly Doc[]): WsdlModel {
  const messages = new Map<string, WComp>();
  const portTypes: WComp[] = [];
  const bindings: Binding[] = [];
  const services: WComp[] = [];
  for (const doc of docs) {
    const tns = attr(doc.root, 'targetNamespace') ?? '';
    for (const el of doc.root.children) {
      if (el.ns !== NS.wsdl) continue;
      const name = attr(el, 'name') ?? '';
      const comp: WComp = { el, doc, tns, name };
      if (el.local === 'message' && !messages.has(qid(tns, name))) messages.set(qid(tns, name), comp);
      else if (el.local === 'portType') portTypes.push(comp);
      else if (el.local === 'binding') bindings.push(binding(el, doc, tns));
      else if (el.local === 'service') services.push(comp);
    }
  }
  const d = docs[0];
  return { messages, portTypes, bindings, services, definitions: { el: d.root, doc: d, tns: attr(d.root, 'targetNamespace') ?? '', name: attr(d.root, 'name') ?? '' } };
}
