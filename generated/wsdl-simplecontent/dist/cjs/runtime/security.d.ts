/**
 * Request security: WS-Security UsernameToken (OASIS WSS 1.0 UsernameToken Profile 1.0), HTTP
 * Basic and Bearer authentication. `wsSecurity` adds a `wsse:Security` header block to SOAP
 * requests: a fresh random `wsse:Nonce` and `wsu:Created` on every call, the password as text or
 * as `PasswordDigest` = Base64(SHA-1(nonce + created + password)), computed with WebCrypto (Node
 * 20.19+, browsers), and an optional `wsu:Timestamp`. `basicAuth` and
 * `bearerToken` set the `Authorization` header; a bearer token may come from a function (async
 * allowed), called for every request. Each scheme carries the code that applies it (`apply`), so
 * a client given none carries none of this module.
 */
export declare const WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
export declare const WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
/** Options of {@link wsSecurity}. */
export interface WsSecurityOptions {
    readonly username: string;
    readonly password: string;
    /** How the password travels (default `PasswordText`). */
    readonly passwordType?: 'PasswordText' | 'PasswordDigest';
    /**
     * Adds a `wsu:Timestamp` (Created, Expires) to the header (default `true`, valid 300 s);
     * `{ ttlSeconds }` sets the validity.
     */
    readonly timestamp?: boolean | {
        readonly ttlSeconds: number;
    };
    /** Marks the header `mustUnderstand` (default `false`: services that do not read it ignore it). */
    readonly mustUnderstand?: boolean;
}
/**
 * How the client applies a scheme to a request (a non-enumerable member of each scheme, called by
 * the client; the schemes' constructors below set it).
 */
export interface SchemeCode {
    /** The scheme's HTTP headers (`basicAuth`, `bearerToken`). */
    readonly httpHeaders?: () => Promise<Record<string, string>>;
    /** The `wsse:Security` block of the request's WS-Security schemes (`wsSecurity`). */
    readonly soapHeader?: (tokens: readonly WsSecurity[], version: 'soap11' | 'soap12', envPrefix: string) => Promise<string>;
}
/** WS-Security UsernameToken, sent in a `wsse:Security` SOAP header block. */
export interface WsSecurity extends WsSecurityOptions {
    readonly kind: 'wsSecurity';
    readonly apply: SchemeCode;
}
/** HTTP Basic authentication. */
export interface BasicAuth {
    readonly kind: 'basicAuth';
    readonly username: string;
    readonly password: string;
    readonly apply: SchemeCode;
}
/** HTTP Bearer authentication; a function is called for every request. */
export interface BearerToken {
    readonly kind: 'bearerToken';
    readonly token: string | (() => string | Promise<string>);
    readonly apply: SchemeCode;
}
/** Security of a SOAP client: one scheme or several. */
export type Security = WsSecurity | BasicAuth | BearerToken;
/** Security of a Web API client (HTTP schemes only). */
export type HttpSecurity = BasicAuth | BearerToken;
/** WS-Security UsernameToken for SOAP requests. */
export declare function wsSecurity(options: WsSecurityOptions): WsSecurity;
/** HTTP Basic authentication (`Authorization: Basic base64(username:password)`, UTF-8). */
export declare function basicAuth(username: string, password: string): BasicAuth;
/** HTTP Bearer authentication with a fixed token or a function giving one (called for every request). */
export declare function bearerToken(token: string | (() => string | Promise<string>)): BearerToken;
/**
 * The `wsse:Security` header block of the WS-Security schemes in `list` (`''` when none), for an
 * envelope whose prefix `envPrefix` is bound to the SOAP namespace of `version`.
 */
export declare function wsSecurityHeader(list: readonly Security[], version: 'soap11' | 'soap12', envPrefix: string, now?: Date): Promise<string>;
/** Base64(SHA-1(nonce + created + password)), the UsernameToken Profile's password digest. */
export declare function passwordDigest(nonce: Uint8Array, created: string, password: string): Promise<string>;
/** `n` random bytes from WebCrypto. */
export declare function randomBytes(n: number): Uint8Array;
