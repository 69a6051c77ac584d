import type { BindingPolicy, Protocol, ServicePolicy } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import type { Doc } from './loader.js';
import type { Binding, WsdlModel } from './wsdl-model.js';
import { NS } from './ns.js';
import { attr, attrNs, type XmlElement } from './xml.js';
import { WSDL_NS, XML_NS } from '../../util/namespaces.js';

/**
 * WS-Policy (1.2 and 1.5) attached to the SOAP bindings of a WSDL 1.1 document, read into the
 * service's `policy`: policies inside or referenced (`wsp:PolicyReference URI="#id"`,
 * `wsp:PolicyURIs`) from a binding, its operations and their messages. Understood assertions:
 * WS-SecurityPolicy `UsernameToken` (the client must be given `security`), `TransportBinding`
 * (HTTPS), WS-Addressing (`wsaw:UsingAddressing`, `wsam:Addressing`, the 2004/08 submission), MTOM
 * (`wsoma:OptimizedMimeSerialization`, W3C MTOM policy). Assertions the generated client cannot
 * satisfy (X.509 and SAML tokens, Kerberos, message signing and encryption, secure conversation,
 * reliable messaging, NTLM) are warnings naming the assertion's line; other unknown assertions are
 * warnings unless marked `wsp:Optional`.
 */

const WSP = ['http://schemas.xmlsoap.org/ws/2004/09/policy', 'http://www.w3.org/ns/ws-policy'];
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const SP = [
  'http://schemas.xmlsoap.org/ws/2005/07/securitypolicy',
  'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702',
  'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200512',
];
/** WS-Addressing policy namespaces → the WS-Addressing namespace of the headers to send. */
const ADDRESSING: Readonly<Record<string, string>> = {
  'http://www.w3.org/2006/05/addressing/wsdl': 'http://www.w3.org/2005/08/addressing',
  'http://www.w3.org/2007/05/addressing/metadata': 'http://www.w3.org/2005/08/addressing',
  'http://www.w3.org/2007/02/addressing/metadata': 'http://www.w3.org/2005/08/addressing',
  'http://schemas.xmlsoap.org/ws/2004/08/addressing/policy': 'http://schemas.xmlsoap.org/ws/2004/08/addressing',
  'http://schemas.xmlsoap.org/ws/2004/08/addressing': 'http://schemas.xmlsoap.org/ws/2004/08/addressing',
};
const MTOM = ['http://schemas.xmlsoap.org/ws/2004/09/policy/optimizedmimeserialization', 'http://www.w3.org/2007/08/soap12-mtom-policy'];
const MS_HTTP = 'http://schemas.microsoft.com/ws/06/2004/policy/http';

/** Security-policy assertions svcgen cannot satisfy, with what they ask for. */
const SP_UNSUPPORTED: Readonly<Record<string, string>> = {
  X509Token: 'X.509 certificate tokens (message signatures)',
  SamlToken: 'SAML tokens',
  IssuedToken: 'issued (SAML/STS) tokens',
  KerberosToken: 'Kerberos tokens',
  SpnegoContextToken: 'SPNEGO (Windows) negotiation',
  SecureConversationToken: 'WS-SecureConversation',
  SecurityContextToken: 'WS-SecureConversation',
  RelToken: 'REL tokens',
  KeyValueToken: 'key-value tokens',
  SymmetricBinding: 'message-level signing and encryption (symmetric binding)',
  AsymmetricBinding: 'message-level signing and encryption (asymmetric binding)',
  SignedParts: 'signed message parts',
  SignedElements: 'signed elements',
  EncryptedParts: 'encrypted message parts',
  EncryptedElements: 'encrypted elements',
  ContentEncryptedElements: 'encrypted elements',
  EndorsingSupportingTokens: 'endorsing (signing) supporting tokens',
  SignedEndorsingSupportingTokens: 'endorsing (signing) supporting tokens',
  SignedEncryptedSupportingTokens: 'encrypted supporting tokens',
  EncryptedSupportingTokens: 'encrypted supporting tokens',
};
/** Security-policy assertions that state capabilities or parameters only (no requirement on the client here). */
const SP_NEUTRAL = new Set(['Wss10', 'Wss11', 'Trust10', 'Trust13', 'RequiredElements', 'RequiredParts']);
/** Containers of token assertions the client satisfies when the tokens are. */
const SP_CONTAINERS = new Set(['SupportingTokens', 'SignedSupportingTokens']);

interface State {
  readonly model: WsdlModel;
  readonly diags: Diagnostics;
  readonly byId: Map<string, { el: XmlElement; doc: Doc }>;
  readonly warned: Set<string>;
  readonly visiting: Set<XmlElement>;
  /** What the binding being read asks for. */
  usernameToken: boolean;
  transport: boolean;
  mtom: boolean;
  addressing?: string;
  first?: { el: XmlElement; doc: Doc };
}

function bindingPolicy(st: State): BindingPolicy {
  return {
    ...(st.usernameToken ? { usernameToken: true } : {}),
    ...(st.transport ? { transport: true } : {}),
    ...(st.mtom ? { mtom: true } : {}),
    ...(st.addressing ? { addressing: st.addressing } : {}),
  };
}

/** The policy of the WSDL's SOAP bindings, or `undefined` when they carry none. */
export function readPolicy(model: WsdlModel, docs: readonly Doc[], diags: Diagnostics): ServicePolicy | undefined {
  const byId = new Map<string, { el: XmlElement; doc: Doc }>();
  for (const doc of docs) index(doc.root, doc, byId);
  const st: State = { model, diags, byId, warned: new Set(), visiting: new Set(), usernameToken: false, transport: false, mtom: false };
  const byProtocol: Partial<Record<Protocol, BindingPolicy>> = {};
  const all: BindingPolicy[] = [];
  for (const b of model.bindings) {
    if (b.protocol !== 'soap11' && b.protocol !== 'soap12') continue;
    st.usernameToken = st.transport = st.mtom = false;
    st.addressing = undefined;
    attached(st, b, b.el);
    const p = bindingPolicy(st);
    all.push(p);
    // Several bindings of one protocol: a requirement of any of them holds for the protocol.
    byProtocol[b.protocol] = { ...byProtocol[b.protocol], ...p };
  }
  if (!st.first) return undefined;
  return { ...Object.assign({}, ...all), byProtocol, loc: st.first.doc.lines.loc(st.first.el.offset) };
}

function index(el: XmlElement, doc: Doc, out: Map<string, { el: XmlElement; doc: Doc }>): void {
  for (const c of el.children) {
    if (WSP.includes(c.ns) && c.local === 'Policy') {
      const id = attrNs(c, WSU, 'Id') ?? attrNs(c, XML_NS, 'id') ?? attr(c, 'Name');
      if (id !== undefined && !out.has(id)) out.set(id, { el: c, doc });
    }
    index(c, doc, out);
  }
}

/** Policies attached to `el` (a binding, a binding operation or one of its messages) and below. */
function attached(st: State, b: Binding, el: XmlElement): void {
  const uris = attrNs(el, WSP[0], 'PolicyURIs') ?? attrNs(el, WSP[1], 'PolicyURIs');
  for (const u of uris?.split(/\s+/).filter(Boolean) ?? []) reference(st, b, el, u);
  for (const c of el.children) {
    if (WSP.includes(c.ns) && c.local === 'Policy') policy(st, b, c, b.doc);
    else if (WSP.includes(c.ns) && c.local === 'PolicyReference') reference(st, b, c, attr(c, 'URI') ?? '');
    else if (ADDRESSING[c.ns] !== undefined && (c.local === 'UsingAddressing' || c.local === 'Addressing')) {
      // A WSDL extension element on the binding (not inside a policy).
      st.first ??= { el: c, doc: b.doc };
      st.addressing ??= ADDRESSING[c.ns];
    } else if (c.ns === WSDL_NS && ['operation', 'input', 'output', 'fault'].includes(c.local)) attached(st, b, c);
  }
}

function reference(st: State, b: Binding, at: XmlElement, uri: string): void {
  const target = uri.startsWith('#') ? st.byId.get(uri.slice(1)) : undefined;
  if (!target) {
    warn(st, b.doc, at, `policy:${uri}`, `WS-Policy reference ${JSON.stringify(uri)} names no policy in the WSDL; its requirements are not known to the client [binding ${b.name}]`);
    return;
  }
  policy(st, b, target.el, target.doc);
}

function policy(st: State, b: Binding, el: XmlElement, doc: Doc): void {
  if (st.visiting.has(el)) return;
  st.visiting.add(el);
  st.first ??= { el, doc };
  for (const c of el.children) assertion(st, b, c, doc);
  st.visiting.delete(el);
}

/** One assertion (or an operator: `ExactlyOne`, `All`, a nested `Policy`). */
function assertion(st: State, b: Binding, el: XmlElement, doc: Doc): void {
  if (WSP.includes(el.ns)) {
    if (el.local === 'ExactlyOne' || el.local === 'All' || el.local === 'Policy') {
      // Alternatives: a client satisfying one alternative is enough; WCF writes one.
      for (const c of el.children) assertion(st, b, c, doc);
    } else if (el.local === 'PolicyReference') reference(st, b, el, attr(el, 'URI') ?? '');
    return;
  }
  const optional = ['true', '1'].includes((attrNs(el, WSP[0], 'Optional') ?? attrNs(el, WSP[1], 'Optional') ?? '').trim());
  const name = `${prefixOf(el)}${el.local}`;
  if (SP.includes(el.ns)) {
    if (el.local === 'UsernameToken') {
      if (!optional) st.usernameToken = true;
    } else if (el.local === 'TransportBinding') st.transport = true;
    else if (SP_CONTAINERS.has(el.local)) {
      for (const p of el.children) if (WSP.includes(p.ns) && p.local === 'Policy') for (const c of p.children) assertion(st, b, c, doc);
    } else if (SP_UNSUPPORTED[el.local] !== undefined) {
      if (!optional) warn(st, doc, el, name, `WS-Policy assertion ${name} asks for ${SP_UNSUPPORTED[el.local]}, which the generated client does not support: calls will likely be refused [binding ${b.name}]`);
    } else if (!SP_NEUTRAL.has(el.local) && !optional) {
      warn(st, doc, el, name, `WS-Policy assertion ${name} is not supported by the generated client [binding ${b.name}]`);
    }
    return;
  }
  if (ADDRESSING[el.ns] !== undefined && (el.local === 'UsingAddressing' || el.local === 'Addressing')) {
    if (!optional) st.addressing ??= ADDRESSING[el.ns];
    return;
  }
  if (MTOM.includes(el.ns) && (el.local === 'OptimizedMimeSerialization' || el.local === 'MTOM')) {
    if (!optional) st.mtom = true;
    return;
  }
  if (el.ns === MS_HTTP && el.local === 'BasicAuthentication') return;
  if (optional) return;
  if (el.ns === MS_HTTP && (el.local === 'NegotiateAuthentication' || el.local === 'NtlmAuthentication')) {
    warn(st, doc, el, name, `WS-Policy assertion ${name} asks for Windows (NTLM/Negotiate) HTTP authentication, which fetch cannot do (see the README's NTLM note) [binding ${b.name}]`);
    return;
  }
  warn(st, doc, el, name, `WS-Policy assertion ${name} (${el.ns}) is not supported by the generated client [binding ${b.name}]`);
}

function prefixOf(el: XmlElement): string {
  const i = el.name.indexOf(':');
  return i < 0 ? '' : el.name.slice(0, i + 1);
}

function warn(st: State, doc: Doc, el: XmlElement, key: string, message: string): void {
  const k = `${key}@${doc.file}:${el.offset}`;
  if (st.warned.has(k)) return;
  st.warned.add(k);
  st.diags.warn(Codes.UNSUPPORTED, message, doc.lines.loc(el.offset));
}

/**
 * MIME multipart bindings (SOAP with Attachments): one warning each, at its line, naming the parts
 * that travel inline as base64 (the client neither sends nor reads SwA attachments; MTOM/XOP is
 * the attachment form it implements).
 */
export function warnAttachmentBindings(docs: readonly Doc[], diags: Diagnostics): void {
  for (const doc of docs) {
    for (const binding of doc.root.children) {
      if (binding.ns !== NS.wsdl || binding.local !== 'binding') continue;
      for (const op of binding.children) {
        if (op.ns !== NS.wsdl || op.local !== 'operation') continue;
        for (const io of op.children) {
          const mp = io.children.find((c) => c.ns === NS.mime && c.local === 'multipartRelated');
          if (!mp) continue;
          const attached = mp.children
            .filter((p) => p.ns === NS.mime && p.local === 'part')
            .flatMap((p) => p.children.filter((c) => c.ns === NS.mime && c.local === 'content').map((c) => attr(c, 'part')))
            .filter((p): p is string => !!p);
          const parts = attached.length ? `part${attached.length > 1 ? 's' : ''} ${[...new Set(attached)].join(', ')}` : 'its attachments';
          diags.warn(
            Codes.UNSUPPORTED,
            `MIME multipart binding (SOAP with Attachments) of operation ${attr(op, 'name') ?? ''} ${io.local}: the client does not send or read attachments; ${parts} travel inline as base64 in the SOAP body`,
            doc.lines.loc(mp.offset, `binding ${attr(binding, 'name') ?? ''} › operation ${attr(op, 'name') ?? ''}`),
          );
        }
      }
    }
  }
}
