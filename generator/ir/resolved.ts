import type { Service } from './types.js';

/**
 * What the passes after loading decide about a service, as plain data for the emitters: the
 * package kind, the service as emitted (wildcards opened for SOAP), which types requests and
 * responses reach, and every generated identifier. Built by `resolveService` (pipeline.ts).
 */
export interface Resolved {
  /** `rest`: a Web API package; `soap`: a SOAP (ASMX, WSDL, sample article) package. */
  readonly kind: 'soap' | 'rest';
  readonly service: Service;
  readonly reach: Reachability;
  readonly names: Names;
}

/**
 * Which named types are reachable from requests (input shapes) and from responses (result
 * shapes). Types reachable from neither count as results so that types-only packages still
 * get their declarations.
 */
export interface Reachability {
  readonly inputIds: ReadonlySet<string>;
  readonly outputIds: ReadonlySet<string>;
  /** Types reachable from operations at all (requests, responses, headers, faults). */
  readonly reachedIds: ReadonlySet<string>;
}

/** Resolved names of one service. */
export interface Names {
  /** TypeScript type name per type id (result shape). */
  readonly types: ReadonlyMap<string, string>;
  /** TypeScript type name of the input shape per type id, where it differs. */
  readonly inputTypes: ReadonlyMap<string, string>;
  /** Descriptor constant per type id. */
  readonly descriptors: ReadonlyMap<string, string>;
  /** Per operation name: method name and the names of its generated types. */
  readonly operations: ReadonlyMap<string, OperationNames>;
  /** The client interface name, e.g. `PlusventaServiceV2Client`. */
  readonly client: string;
  /**
   * Polymorphic record types (complex types other types derive from): the union alias of the type
   * and its subtypes per type id, e.g. `AnyRecord` (result shape) …
   */
  readonly unions: ReadonlyMap<string, string>;
  /** … and `AnyRecordInput` (input shape), where the type has an input shape of its own. */
  readonly inputUnions: ReadonlyMap<string, string>;
  /** Web API packages: the type of an endpoint's route and query parameters, per operation name (endpoints with parameters only). */
  readonly params: ReadonlyMap<string, string>;
}

export interface OperationNames {
  readonly method: string;
  /** Request type (input shape of the request root). */
  readonly request: string;
  /** Response object type (result shape of the response root). */
  readonly response: string;
  /** Descriptor constants. */
  readonly requestDesc: string;
  readonly responseDesc: string;
  readonly opDesc: string;
  /**
   * The operation's standalone function (`operations.ts`): a module-level identifier, so reserved
   * words get a `_` suffix (`delete_`) and names taken by types or the package a numeric suffix.
   */
  readonly fn: string;
  /** Type of the SOAP headers sent / received. */
  readonly headersIn: string;
  readonly headersOut: string;
  /** Union of the operation's declared faults (name and typed detail). */
  readonly fault: string;
}
