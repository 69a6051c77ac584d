/**
 * Descriptors of a Web API (ASP.NET Web API help page) client: where each endpoint lives (method,
 * route template, path and query parameters), what its body and response are, which formats it
 * accepts, how its XML is written (DataContractSerializer or XmlSerializer) and what its
 * documented status codes mean. Types themselves are described with schema.ts.
 */
import type { TypeDesc, ValueDesc } from './schema.js';
/** Body formats: JSON (Json.NET), XML, or an HTML-form body (`application/x-www-form-urlencoded`). */
export type RestFormat = 'json' | 'xml' | 'form';
/**
 * XML flavour of a Web API service: `datacontract` (DataContractSerializer: namespace
 * `http://schemas.datacontract.org/2004/07/…`, members in ordinal order, `i:nil` for nulls) or
 * `xmlserializer` (XmlSerializer: declared order, `xsi`/`xsd` declarations, nulls left out).
 */
export type XmlFlavour = 'datacontract' | 'xmlserializer';
/** A request body or a response. */
export interface RestBodyDesc {
    readonly type: ValueDesc;
    /** `Collection of X`: a JSON array, an XML collection element of items. */
    readonly array?: boolean;
    /** Root element name in XML (the sample's root, e.g. `CreateVspInteraction`, `ArrayOfX`). */
    readonly xmlRoot: string;
    /** Namespace of the root element (`''` for none). */
    readonly xmlNs: string;
    /** For collections: the item element's name and namespace. */
    readonly xmlItem?: {
        readonly name: string;
        readonly ns: string;
    };
}
/** One endpoint. */
export interface RestOperationDesc {
    /** Operation name (derived from the route). */
    readonly name: string;
    /** HTTP method. */
    readonly method: string;
    /** Route template as printed (`api/roles/{id}`), without the query part. */
    readonly path: string;
    /** Path and query parameters, keyed by name. */
    readonly params?: TypeDesc;
    /** Keys of `params` that are route (`{name}`) parameters; the others go to the query string. */
    readonly pathParams?: readonly string[];
    readonly body?: RestBodyDesc;
    readonly response?: RestBodyDesc;
    /** Request body formats the page lists. */
    readonly requestFormats: readonly RestFormat[];
    /** Response formats the page lists. */
    readonly responseFormats: readonly RestFormat[];
    readonly xmlFlavour: XmlFlavour;
    /** Documented non-success status codes and their meaning. */
    readonly statuses?: Readonly<Record<number, string>>;
}
/** Static facts about a Web API service. */
export interface RestServiceDesc {
    readonly name: string;
    /** Base URL from the help page's address (`undefined` when the spec gives none). */
    readonly baseUrl?: string;
}
