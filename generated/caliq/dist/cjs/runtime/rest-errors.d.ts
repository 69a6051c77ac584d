/**
 * Errors of Web API clients. A non-2xx answer with a status the help page documents becomes an
 * `ApiError` (an `HttpError` carrying the documented meaning and the parsed body); any other
 * non-2xx answer stays an `HttpError`. ASP.NET's error body, JSON
 * `{"Message": …, "ModelState": {"model.Field": ["…"]}}` or XML
 * `<Error><Message>…</Message><ModelState><model.Field>…</model.Field></ModelState></Error>`,
 * is read into `apiMessage` and `fieldErrors`. In XML, ModelState keys are element names encoded
 * the way .NET's `XmlConvert.EncodeLocalName` does (`body[0]` → `body_x005B_0_x005D_`); they are
 * decoded back. {@link writeApiErrorBody} writes such a body (for the package's mock).
 *
 * ASP.NET answers a request its model validation refuses with status 400 and that body whatever
 * the help page documents, so any 4xx answer carrying `ModelState` is an `ApiError` too. Its keys
 * (`adjustment.Amount`: the action parameter, then the member path) are also mapped to the
 * request's own paths (`body.Amount`, `params.id`) in `requestErrors` where the endpoint's
 * descriptors name them.
 */
import { HttpError } from './errors.js';
/** ASP.NET Web API's error body (`HttpError`), read from JSON or XML. */
export interface ApiErrorBody {
    /** `Message`. */
    readonly message?: string;
    /** ModelState entries: field key as the server writes it (e.g. `model.AccountNo`) → messages. */
    readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
    /** The body as parsed: a JSON value, or for XML the `Error` element's children by name. */
    readonly data: unknown;
    /** The body has a `ModelState` member (ASP.NET's model validation errors). */
    readonly hasModelState?: boolean;
}
/** A documented error status. */
export declare class ApiError extends HttpError {
    /** What the help page says the status means. */
    readonly meaning: string;
    /** The body's `Message`, when the body is an ASP.NET error. */
    readonly apiMessage: string | undefined;
    /** ModelState errors by field key (`model.AccountNo`); empty when the body has none. */
    readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
    /** The parsed body (see `ApiErrorBody.data`); `undefined` when it is neither JSON nor XML. */
    readonly data: unknown;
    /**
     * The ModelState errors by the request path they concern (`body.Amount`, `body.Lines[0].Sku`,
     * `params.id`), for the keys that could be mapped to the request; the others are only in
     * `fieldErrors`.
     */
    readonly requestErrors: Readonly<Record<string, readonly string[]>>;
    constructor(status: number, statusText: string, body: string, headers: Record<string, string>, meaning: string, requestPath?: (key: string) => string | undefined, parsedBody?: ApiErrorBody);
}
/**
 * Reads an ASP.NET error body (JSON or XML); unknown shapes give `{ fieldErrors: {} }`. Keyed
 * data (`fieldErrors`, the XML `data`) are null-prototype objects.
 */
export declare function readApiErrorBody(text: string, contentType?: string): ApiErrorBody;
/**
 * ASP.NET Web API's error body (`HttpError`) in JSON (`{"Message": …, "ModelState": {…}}`) or
 * XML (`<Error><Message>…</Message><ModelState><key>…</key></ModelState></Error>`, one element
 * per message); `ModelState` only when given; `extra` adds members such as `MessageDetail` or
 * `ExceptionMessage`.
 */
export declare function writeApiErrorBody(format: 'json' | 'xml', message: string, modelState?: Readonly<Record<string, readonly string[]>>, extra?: Readonly<Record<string, string>>): string;
