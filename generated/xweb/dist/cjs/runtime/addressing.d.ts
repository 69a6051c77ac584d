/**
 * WS-Addressing request headers, sent when the service's WS-Policy asks for them (WCF's
 * wsHttpBinding and other bindings with `wsaw:UsingAddressing`): `Action` (the operation's
 * SOAPAction), `To` (the endpoint), a fresh `MessageID` and `ReplyTo` the anonymous address, in
 * WS-Addressing 1.0 or the 2004/08 submission, whichever the policy names. `Action` and `To` are
 * marked `mustUnderstand`, as WCF marks them.
 */
export declare const WSA10_NS = "http://www.w3.org/2005/08/addressing";
/** WS-Addressing as a part of a SOAP connection (the operations entry adds it where a binding asks for it). */
export declare const useAddressing: {
    addressing: typeof addressingHeaders;
};
/** The header blocks for one request (`''` without `ns`). */
export declare function addressingHeaders(ns: string | undefined, action: string | undefined, to: string, version: 'soap11' | 'soap12', envPrefix: string): string;
