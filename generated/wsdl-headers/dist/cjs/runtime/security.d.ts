/**
 * Request security: WS-Security UsernameToken (OASIS WSS 1.0 UsernameToken Profile 1.0), HTTP
 * Basic and Bearer authentication. `wsSecurity` adds a `wsse:Security` header block to SOAP
 * requests: a fresh random `wsse:Nonce` and `wsu:Created` on every call, the password as text or
 * as `PasswordDigest` = Base64(SHA-1(nonce + created + password)), computed with WebCrypto (Node
 * 20.19+, browsers), and an optional `wsu:Timestamp`. `basicAuth` and
 * `bearerToken` set the `Authorization` header; a bearer token may come from a function (async
 * allowed), called for every request.
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
/** WS-Security UsernameToken, sent in a `wsse:Security` SOAP header block. */
export interface WsSecurity extends WsSecurityOptions {
    readonly kind: 'wsSecurity';
}
/** HTTP Basic authentication. */
export interface BasicAuth {
    readonly kind: 'basicAuth';
    readonly username: string;
    readonly password: string;
}
/** HTTP Bearer authentication; a function is called for every request. */
export interface BearerToken {
    readonly kind: 'bearerToken';
    readonly token: string | (() => string | Promise<string>);
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
/** The schemes of a `security` option, as a list. */
export declare function securityList<S extends Security>(security: S | readonly S[] | undefined): readonly S[];
/** The HTTP headers of the schemes (`Authorization`). */
export declare function securityHeaders(list: readonly Security[]): Promise<Record<string, string>>;
/**
 * The `wsse:Security` header block of the WS-Security schemes in `list` (`''` when none), for an
 * envelope whose prefix `envPrefix` is bound to the SOAP namespace of `version`.
 */
export declare function wsSecurityHeader(list: readonly Security[], version: 'soap11' | 'soap12', envPrefix: string, now?: Date): Promise<string>;
/** Base64(SHA-1(nonce + created + password)), the UsernameToken Profile's password digest. */
export declare function passwordDigest(nonce: Uint8Array, created: string, password: string): Promise<string>;
/** `n` random bytes from WebCrypto. */
export declare function randomBytes(n: number): Uint8Array;
