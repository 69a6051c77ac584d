import type { RestOperationDesc, RestServiceDesc } from './runtime/rest-schema.js';
import type { TypeDesc } from './runtime/schema.js';
/** Where the service is served. */
export declare const SERVICE: RestServiceDesc;
/**
 * Descriptor of {@link InteractionCreateParams}.
 */
export declare const InteractionCreateParamsSchema: TypeDesc;
/**
 * Descriptor of {@link InteractionAddResults}.
 */
export declare const InteractionAddResultsSchema: TypeDesc;
/**
 * Descriptor of {@link InteractionAddData}.
 */
export declare const InteractionAddDataSchema: TypeDesc;
/**
 * Descriptor of {@link InteractionCreateIssue}.
 */
export declare const InteractionCreateIssueSchema: TypeDesc;
/**
 * Wire facts of POST api/v1/InteractionCreate.
 */
export declare const InteractionCreateOperation: RestOperationDesc;
/** Every endpoint's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly interactionCreate: RestOperationDesc;
};
