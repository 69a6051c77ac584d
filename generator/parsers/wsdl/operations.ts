import type { Endpoint, HeaderPart, Message, SoapOperation, Protocol } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import { type MessageBuilder, type Part } from './messages.js';
import { NS } from './ns.js';
import { type Binding, type BindingOp, type BodyInfo, qattr, type WComp, wsdlDoc, type WsdlModel } from './wsdl-model.js';
import { attr, kids, type XmlElement } from './xml.js';

const ORDER: readonly Protocol[] = ['soap11', 'soap12', 'http-get', 'http-post', 'rest'];
const W = [NS.wsdl];
const isHttp = (p: Protocol | undefined): boolean => p === 'http-get' || p === 'http-post';

interface Bound {
  readonly binding: Binding;
  readonly op: BindingOp;
}

/**
 * One Operation per portType operation (WSDL 1.1 §2.4), bound by every binding of its portType
 * (§3–§4). Operations of the same name from HTTP-only portTypes (ASMX `…HttpGet`) add their
 * protocol to the SOAP operation; other duplicate names (overloads) are renamed to the input's
 * `name` (ASMX MessageName) or the input message name.
 */
export function buildOperations(model: WsdlModel, mb: MessageBuilder, diags: Diagnostics): SoapOperation[] {
  const byPortType = new Map<string, Binding[]>();
  for (const b of model.bindings) byPortType.set(b.portType, [...(byPortType.get(b.portType) ?? []), b]);
  const ops: SoapOperation[] = [];
  const index = new Map<string, number>();
  for (const pt of model.portTypes) {
    const ptKey = `{${pt.tns}}${pt.name}`;
    for (const opEl of kids(pt.el, W, 'operation')) {
      const name = attr(opEl, 'name') ?? '';
      const inputName = attrOf(opEl, 'input', 'name');
      const bound: Bound[] = [];
      for (const b of byPortType.get(ptKey) ?? []) {
        const same = b.ops.filter((o) => o.name === name);
        const op = same.find((o) => o.inputName === inputName) ?? same.find((o) => !o.inputName || !inputName);
        if (op) bound.push({ binding: b, op });
      }
      const protocols = ORDER.filter((p) => bound.some((x) => x.binding.protocol === p));
      const at = index.get(name);
      if (at !== undefined) {
        const prev = ops[at];
        const httpOnly = (ps: readonly Protocol[]): boolean => ps.length > 0 && ps.every(isHttp);
        if (httpOnly(protocols) || httpOnly(prev.protocols)) {
          const merged = ORDER.filter((p) => prev.protocols.includes(p) || protocols.includes(p));
          ops[at] = httpOnly(prev.protocols) && !httpOnly(protocols) ? { ...operation(model, mb, diags, pt, opEl, name, bound), protocols: merged } : { ...prev, protocols: merged };
          continue;
        }
      }
      let opName = name;
      if (index.has(opName)) {
        const candidates = [inputName, qattr(kids(opEl, W, 'input')[0] ?? opEl, 'message').replace(/^\{.*\}/, '')].filter((c): c is string => !!c);
        opName = candidates.find((c) => !index.has(c)) ?? name;
        for (let i = 2; index.has(opName); i++) opName = `${name}${i}`;
        diags.warn(Codes.DUPLICATE_OPERATION, `operation ${name} is overloaded; this one is named ${opName}`, pt.doc.lines.loc(opEl.offset, `operation ${opName}`), ops[index.get(name) ?? -1]?.loc);
      }
      index.set(opName, ops.length);
      ops.push({ ...operation(model, mb, diags, pt, opEl, name, bound), name: opName, protocols });
    }
  }
  return ops;
}

function attrOf(el: XmlElement, child: string, name: string): string | undefined {
  const c = kids(el, W, child)[0];
  return c ? attr(c, name) : undefined;
}

function operation(model: WsdlModel, mb: MessageBuilder, diags: Diagnostics, pt: WComp, opEl: XmlElement, name: string, bound: readonly Bound[]): SoapOperation {
  const loc = pt.doc.lines.loc(opEl.offset, `operation ${name}`);
  const primary = pick(bound);
  const style = primary?.op.style ?? primary?.binding.style ?? 'document';
  const http = isHttp(primary?.binding.protocol);
  const inEl = kids(opEl, W, 'input')[0];
  const outEl = kids(opEl, W, 'output')[0];
  const ns = (b?: BodyInfo): string => b?.namespace ?? model.definitions.tns;
  const msg = (io: XmlElement | undefined, body: BodyInfo | undefined, input: boolean, wrappedIn?: boolean): Message => {
    const mloc = pt.doc.lines.loc((io ?? opEl).offset, joinPath(`operation ${name}`, input ? 'request' : 'response'));
    const all = io ? mb.parts(qattr(io, 'message'), mloc) ?? [] : [];
    const parts: Part[] = body?.parts ? all.filter((p) => body.parts!.includes(p.name)) : all;
    if (style === 'rpc' || (http && input)) return mb.rpc(parts, input ? name : `${name}Response`, http ? '' : ns(body), mloc);
    return mb.document(parts, name, wrappedIn, mloc);
  };
  const input = msg(inEl, primary?.op.input, true);
  const output = outEl ? msg(outEl, primary?.op.output, false, input.wrapped) : null;
  const use = primary?.op.input?.use ?? primary?.op.output?.use;
  const soapAction = bound.find((b) => b.binding.protocol === 'soap11' && b.op.soapAction !== undefined)?.op.soapAction ?? bound.find((b) => b.op.soapAction !== undefined)?.op.soapAction;
  const description = wsdlDoc(opEl) ?? (primary ? wsdlDoc(primary.op.el) : undefined);
  const n = output?.fields.length ?? 0;
  return {
    kind: 'operation',
    binding: 'soap',
    name,
    ...(description ? { description } : {}),
    ...(primary && !http ? { style } : {}),
    ...(use ? { use } : {}),
    ...(soapAction !== undefined ? { soapAction } : {}),
    protocols: [],
    input,
    output,
    returns: n === 0 ? 'void' : n === 1 ? 'result' : 'object',
    headersIn: headers(mb, primary?.op.input, primary?.binding, name),
    headersOut: headers(mb, primary?.op.output, primary?.binding, name),
    ...headerFaultsOf(mb, primary?.op, primary?.binding, name),
    faults: kids(opEl, W, 'fault').map((f) => mb.fault(attr(f, 'name') ?? '', qattr(f, 'message'), pt.doc.lines.loc(f.offset, joinPath(`operation ${name}`, `fault ${attr(f, 'name') ?? ''}`)))),
    loc,
  };
}

function pick(bound: readonly Bound[]): Bound | undefined {
  for (const p of ORDER) {
    const b = bound.find((x) => x.binding.protocol === p);
    if (b) return b;
  }
  return bound[0];
}

/** `soap:header` parts of one binding input or output; each located at its `soap:header` element. */
function headers(mb: MessageBuilder, body: BodyInfo | undefined, binding: Binding | undefined, name: string): HeaderPart[] {
  const out: HeaderPart[] = [];
  for (const h of body?.headers ?? []) {
    const hp = mb.header(h.message, h.part, h.namespace, binding!.doc.lines.loc(h.el.offset, joinPath(`operation ${name}`, `header ${h.part}`)));
    if (hp && !out.some((o) => o.name === hp.name && o.namespace === hp.namespace)) out.push(hp);
  }
  return out;
}

/** `soap:headerfault` parts of the input and output headers (WSDL 1.1 §3.7), without duplicates. */
function headerFaultsOf(
  mb: MessageBuilder,
  op: { readonly input?: BodyInfo; readonly output?: BodyInfo } | undefined,
  binding: Binding | undefined,
  name: string,
): { headerFaults?: HeaderPart[] } {
  const out: HeaderPart[] = [];
  for (const hf of [...(op?.input?.headerFaults ?? []), ...(op?.output?.headerFaults ?? [])]) {
    const hp = mb.header(hf.message, hf.part, hf.namespace, binding!.doc.lines.loc(hf.el.offset, joinPath(`operation ${name}`, `headerfault ${hf.part}`)));
    if (hp && !out.some((o) => o.name === hp.name && o.namespace === hp.namespace)) out.push(hp);
  }
  return out.length ? { headerFaults: out } : {};
}

/** `soap:address`, `soap12:address`, `http:address` of every port (WSDL 1.1 §2.6, §3.8, §4.4). */
export function buildEndpoints(model: WsdlModel): Endpoint[] {
  const byName = new Map(model.bindings.map((b) => [`{${b.tns}}${b.name}`, b]));
  const out: Endpoint[] = [];
  for (const s of model.services) {
    for (const port of kids(s.el, W, 'port')) {
      const protocol = byName.get(qattr(port, 'binding'))?.protocol;
      const addr = port.children.find((c) => c.local === 'address' && (c.ns === NS.soap11 || c.ns === NS.soap12 || c.ns === NS.http));
      const url = addr ? attr(addr, 'location') : undefined;
      if (!protocol || !addr) continue;
      let hostPath: { host?: string; path?: string } = {};
      try {
        const u = new URL(url ?? '');
        hostPath = { host: u.host, path: u.pathname };
      } catch {
        /* not an absolute URL: keep it as given */
      }
      if (out.some((e) => e.protocol === protocol && e.url === url)) continue;
      out.push({ protocol, ...(url ? { url } : {}), ...hostPath, loc: s.doc.lines.loc(addr.offset, `service ${s.name} › port ${attr(port, 'name') ?? ''}`) });
    }
  }
  return out;
}
