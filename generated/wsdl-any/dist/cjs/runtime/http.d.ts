/**
 * The ASMX HTTP GET and HTTP POST protocols. Requests carry the parameters as
 * `name=value&…` (in the query string for GET, as an `application/x-www-form-urlencoded` body
 * for POST), each scalar in its XSD lexical form and arrays repeating the name. Responses are
 * the bare return value: one root element (named after the CLR type, e.g. `<string>`,
 * `<ArrayOfInt>`, `<ChatResult>`, not after the result field, and checked against the root the
 * spec shows) read as the type of the result
 * field; for a wrapped array result the root is the wrapper; an XmlNode result is the root
 * element itself, kept whole. A void operation answers with an empty body.
 */
import type { OperationDesc } from './schema.js';
/** HTTP GET and POST as a part of a SOAP connection (the operations entry adds them where the service has them). */
export declare const useHttp: {
    http: {
        query: typeof buildFormQuery;
        read: typeof readBareResponse;
    };
};
/** `a=1&b=x` for an operation's input; throws `ValidationError` for values the protocol cannot carry. */
export declare function buildFormQuery(op: OperationDesc, input: unknown): string;
/**
 * Reads an HTTP GET/POST response: returns the response object (`{ [resultKey]: value }`, `{}`
 * for a void operation). Throws `ResponseError` when the body cannot be read.
 */
export declare function readBareResponse(op: OperationDesc, text: string, status?: number, contentType?: string, maxDepth?: number): Record<string, unknown>;
