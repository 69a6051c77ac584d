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

import { escapeAttr, escapeText, toBase64 } from './codec.js';
import { SvcgenError } from './errors.js';

export const WSSE_NS = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
export const WSU_NS = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const TOKEN_PROFILE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0';
const BASE64_ENCODING = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary';

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
  readonly timestamp?: boolean | { readonly ttlSeconds: number };
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
export function wsSecurity(options: WsSecurityOptions): WsSecurity {
  if (typeof options?.username !== 'string' || typeof options.password !== 'string') {
    throw new SvcgenError('CONFIG', 'wsSecurity: username and password must be strings');
  }
  const type = options.passwordType ?? 'PasswordText';
  if (type !== 'PasswordText' && type !== 'PasswordDigest') {
    throw new SvcgenError('CONFIG', `wsSecurity: passwordType must be 'PasswordText' or 'PasswordDigest', got ${JSON.stringify(type)}`);
  }
  const ts = options.timestamp;
  if (typeof ts === 'object' && ts !== null && !(Number.isFinite(ts.ttlSeconds) && ts.ttlSeconds > 0)) {
    throw new SvcgenError('CONFIG', 'wsSecurity: timestamp.ttlSeconds must be a positive number');
  }
  return withCode({ kind: 'wsSecurity' as const, ...options }, { soapHeader: wsSecurityHeader });
}

/** HTTP Basic authentication (`Authorization: Basic base64(username:password)`, UTF-8). */
export function basicAuth(username: string, password: string): BasicAuth {
  if (typeof username !== 'string' || typeof password !== 'string') throw new SvcgenError('CONFIG', 'basicAuth: username and password must be strings');
  if (username.includes(':')) throw new SvcgenError('CONFIG', 'basicAuth: the username cannot contain ":" (RFC 7617)');
  const header = { Authorization: `Basic ${toBase64(new TextEncoder().encode(`${username}:${password}`))}` };
  return withCode({ kind: 'basicAuth' as const, username, password }, { httpHeaders: async () => ({ ...header }) });
}

/** HTTP Bearer authentication with a fixed token or a function giving one (called for every request). */
export function bearerToken(token: string | (() => string | Promise<string>)): BearerToken {
  if (typeof token !== 'string' && typeof token !== 'function') throw new SvcgenError('CONFIG', 'bearerToken: expected a string or a function');
  return withCode({ kind: 'bearerToken' as const, token }, { httpHeaders: async () => ({ Authorization: `Bearer ${await bearer(token)}` }) });
}

/** The scheme with its code, as a member that neither enumeration nor JSON shows. */
function withCode<T extends object>(scheme: T, apply: SchemeCode): T & { readonly apply: SchemeCode } {
  return Object.defineProperty(scheme, 'apply', { value: apply }) as T & { readonly apply: SchemeCode };
}

/** The token of a bearer scheme, checked. */
async function bearer(source: string | (() => string | Promise<string>)): Promise<string> {
  let token: unknown;
  try {
    token = typeof source === 'function' ? await source() : source;
  } catch (e) {
    throw new SvcgenError('CONFIG', `bearerToken: the token provider failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (typeof token !== 'string' || token === '' || /[\r\n]/.test(token)) {
    throw new SvcgenError('CONFIG', 'bearerToken: the token must be a non-empty string without line breaks');
  }
  return token;
}

/**
 * The `wsse:Security` header block of the WS-Security schemes in `list` (`''` when none), for an
 * envelope whose prefix `envPrefix` is bound to the SOAP namespace of `version`.
 */
export async function wsSecurityHeader(list: readonly Security[], version: 'soap11' | 'soap12', envPrefix: string, now = new Date()): Promise<string> {
  const tokens = list.filter((s): s is WsSecurity => s.kind === 'wsSecurity');
  if (tokens.length === 0) return '';
  const fail = (message: string): never => {
    throw new SvcgenError('CONFIG', `wsSecurity: ${message}`);
  };
  const created = now.toISOString();
  const mustUnderstand = tokens.some((t) => t.mustUnderstand) ? ` ${envPrefix}:mustUnderstand="${version === 'soap12' ? 'true' : '1'}"` : '';
  let xml = `<wsse:Security xmlns:wsse="${WSSE_NS}" xmlns:wsu="${WSU_NS}"${mustUnderstand}>`;
  const ts = tokens.find((t) => t.timestamp !== false)?.timestamp;
  if (ts !== undefined || tokens.some((t) => t.timestamp === undefined)) {
    const ttl = typeof ts === 'object' ? ts.ttlSeconds : 300;
    const expires = new Date(now.getTime() + ttl * 1000).toISOString();
    xml += `<wsu:Timestamp wsu:Id="TS-${randomId()}"><wsu:Created>${created}</wsu:Created><wsu:Expires>${expires}</wsu:Expires></wsu:Timestamp>`;
  }
  for (const t of tokens) {
    const nonce = randomBytes(16);
    const digest = t.passwordType === 'PasswordDigest';
    const password = digest ? await passwordDigest(nonce, created, t.password) : t.password;
    xml +=
      `<wsse:UsernameToken wsu:Id="UsernameToken-${randomId()}">` +
      `<wsse:Username>${escapeText(t.username, fail)}</wsse:Username>` +
      `<wsse:Password Type="${escapeAttr(`${TOKEN_PROFILE}#${digest ? 'PasswordDigest' : 'PasswordText'}`, fail)}">${escapeText(password, fail)}</wsse:Password>` +
      `<wsse:Nonce EncodingType="${BASE64_ENCODING}">${toBase64(nonce)}</wsse:Nonce>` +
      `<wsu:Created>${created}</wsu:Created>` +
      `</wsse:UsernameToken>`;
  }
  return `${xml}</wsse:Security>`;
}

/** Base64(SHA-1(nonce + created + password)), the UsernameToken Profile's password digest. */
export async function passwordDigest(nonce: Uint8Array, created: string, password: string): Promise<string> {
  const enc = new TextEncoder();
  const c = enc.encode(created);
  const p = enc.encode(password);
  const all = new Uint8Array(nonce.length + c.length + p.length);
  all.set(nonce, 0);
  all.set(c, nonce.length);
  all.set(p, nonce.length + c.length);
  const hash = await webCrypto().subtle.digest('SHA-1', all);
  return toBase64(new Uint8Array(hash));
}

/** `n` random bytes from WebCrypto. */
export function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  webCrypto().getRandomValues(b);
  return b;
}

function randomId(): string {
  return Array.from(randomBytes(8), (x) => x.toString(16).padStart(2, '0')).join('');
}

function webCrypto(): Crypto {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (!c?.subtle || typeof c.getRandomValues !== 'function') {
    throw new SvcgenError('CONFIG', 'WS-Security and WS-Addressing need WebCrypto (globalThis.crypto)');
  }
  return c;
}
