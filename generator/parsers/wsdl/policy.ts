import { Codes, type Diagnostics } from '../../diagnostics.js';
import type { Doc } from './loader.js';
import { NS } from './ns.js';
import { attr, type XmlElement } from './xml.js';

/**
 * Requirements a WSDL states that the generated client does not meet by itself: WS-Policy
 * assertions (WS-SecurityPolicy tokens and bindings, WS-Addressing, MTOM) and MIME multipart
 * (SOAP with Attachments) bindings. They are found here and reported as warnings naming the line;
 * `findPolicyAssertions` is kept separate so that code acting on the assertions can reuse it.
 */

/** What an assertion asks for. */
export type AssertionKind = 'username-token' | 'transport-security' | 'message-security' | 'addressing' | 'mtom';

export interface PolicyAssertion {
  readonly kind: AssertionKind;
  /** Local name of the assertion element, e.g. `UsernameToken`. */
  readonly name: string;
  readonly ns: string;
  readonly el: XmlElement;
  readonly doc: Doc;
}

/** WS-SecurityPolicy 1.1 and 1.2/1.3. */
const SP = ['http://schemas.xmlsoap.org/ws/2005/07/securitypolicy', 'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702', 'http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200802'];
/** WS-Addressing metadata / WSDL binding and the MTOM policy assertion. */
const WSAM = ['http://www.w3.org/2007/05/addressing/metadata', 'http://www.w3.org/2006/05/addressing/wsdl', 'http://www.w3.org/2006/02/addressing/wsdl'];
const WSOMA = 'http://schemas.xmlsoap.org/ws/2004/09/policy/optimizedmimeserialization';

const SECURITY: Readonly<Record<string, AssertionKind>> = {
  UsernameToken: 'username-token',
  TransportBinding: 'transport-security',
  HttpsToken: 'transport-security',
  AsymmetricBinding: 'message-security',
  SymmetricBinding: 'message-security',
  X509Token: 'message-security',
  IssuedToken: 'message-security',
  KerberosToken: 'message-security',
  SamlToken: 'message-security',
  SecureConversationToken: 'message-security',
  SignedParts: 'message-security',
  EncryptedParts: 'message-security',
};

function kindOf(el: XmlElement): AssertionKind | undefined {
  if (SP.includes(el.ns)) return SECURITY[el.local];
  if (WSAM.includes(el.ns) && (el.local === 'Addressing' || el.local === 'UsingAddressing')) return 'addressing';
  if (el.ns === WSOMA && el.local === 'OptimizedMimeSerialization') return 'mtom';
  return undefined;
}

/**
 * Every top-level assertion of the documents (an assertion nested in another, such as the
 * `HttpsToken` of a `TransportBinding`, is part of its parent), in document order.
 */
export function findPolicyAssertions(docs: readonly Doc[]): PolicyAssertion[] {
  const out: PolicyAssertion[] = [];
  const walk = (el: XmlElement, doc: Doc): void => {
    for (const c of el.children) {
      const kind = kindOf(c);
      if (kind) out.push({ kind, name: c.local, ns: c.ns, el: c, doc });
      else walk(c, doc);
    }
  };
  for (const doc of docs) walk(doc.root, doc);
  return out;
}

const WHAT: Readonly<Record<AssertionKind, string>> = {
  'username-token': 'a WS-Security UsernameToken; the client sends no wsse:Security header (add it with a SOAP header of your own)',
  'transport-security': 'transport-level security (HTTPS); the client neither checks the endpoint scheme nor sends a client certificate',
  'message-security': 'WS-Security message signing or encryption; the client neither signs nor encrypts',
  addressing: 'WS-Addressing; the client sends no wsa:Action, wsa:To or wsa:MessageID headers',
  mtom: 'MTOM; the client sends binary values inline as base64 in the SOAP body',
};

/** One warning per WS-Policy assertion and per MIME multipart binding, at its line. */
export function warnUnmetRequirements(docs: readonly Doc[], diags: Diagnostics): void {
  for (const a of findPolicyAssertions(docs)) {
    diags.warn(Codes.UNSUPPORTED, `WS-Policy assertion ${a.name} requires ${WHAT[a.kind]}`, a.doc.lines.loc(a.el.offset, policyPath(a.el)));
  }
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

/** The service path shown with an assertion's warning. */
function policyPath(el: XmlElement): string {
  return `policy ${el.local}`;
}
