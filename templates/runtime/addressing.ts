/**
 * WS-Addressing request headers, sent when the service's WS-Policy asks for them (WCF's
 * wsHttpBinding and other bindings with `wsaw:UsingAddressing`): `Action` (the operation's
 * SOAPAction), `To` (the endpoint), a fresh `MessageID` and `ReplyTo` the anonymous address, in
 * WS-Addressing 1.0 or the 2004/08 submission, whichever the policy names. `Action` and `To` are
 * marked `mustUnderstand`, as WCF marks them.
 */

import { escapeText } from './codec.js';
import { SvcgenError } from './errors.js';
import { randomBytes } from './security.js';

export const WSA10_NS = 'http://www.w3.org/2005/08/addressing';
const WSA2004_NS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing';

/** WS-Addressing as a part of a SOAP connection (the operations entry adds it where a binding asks for it). */
export const useAddressing = { addressing: addressingHeaders };

/** The header blocks for one request (`''` without `ns`). */
export function addressingHeaders(ns: string | undefined, action: string | undefined, to: string, version: 'soap11' | 'soap12', envPrefix: string): string {
  if (!ns) return '';
  const fail = (message: string): never => {
    throw new SvcgenError('CONFIG', `WS-Addressing: ${message}`);
  };
  const anonymous = ns === WSA2004_NS ? `${WSA2004_NS}/role/anonymous` : `${WSA10_NS}/anonymous`;
  const mu = ` ${envPrefix}:mustUnderstand="${version === 'soap12' ? 'true' : '1'}"`;
  const w = `xmlns:wsa="${escapeText(ns, fail)}"`;
  return (
    (action !== undefined ? `<wsa:Action ${w}${mu}>${escapeText(action, fail)}</wsa:Action>` : '') +
    `<wsa:MessageID ${w}>urn:uuid:${uuid()}</wsa:MessageID>` +
    `<wsa:ReplyTo ${w}><wsa:Address>${anonymous}</wsa:Address></wsa:ReplyTo>` +
    `<wsa:To ${w}${mu}>${escapeText(to, fail)}</wsa:To>`
  );
}

/** A random (version 4) UUID. */
function uuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
