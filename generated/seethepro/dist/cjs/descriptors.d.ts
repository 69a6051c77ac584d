import type { RestOperationDesc, RestServiceDesc } from './runtime/rest-schema.js';
import type { TypeDesc } from './runtime/schema.js';
/** Where the service is served. */
export declare const SERVICE: RestServiceDesc;
/**
 * Descriptor of {@link CreateVspInteraction}.
 */
export declare const CreateVspInteractionSchema: TypeDesc;
/**
 * Descriptor of {@link VspInteraction}.
 */
export declare const VspInteractionSchema: TypeDesc;
/**
 * Wire facts of POST api/vspinteraction/create.
 */
export declare const VspinteractionCreateOperation: RestOperationDesc;
/** Every endpoint's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly vspinteractionCreate: RestOperationDesc;
};
