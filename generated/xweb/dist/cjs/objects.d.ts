import type { CallOptions, SoapRuntime } from './runtime/client.js';
import type { OperationDesc } from './runtime/schema.js';
import type { CustomerMessagingActivityObject, InsertFacadeObjectResultCustomerMessagingActivityObjects } from './types.js';
/** Wire facts of the `insertCustomerMessagingActivity` helper: the `CustomerMessagingActivity` view of the generic operation. */
export declare const InsertCustomerMessagingActivityObjectOperation: OperationDesc;
/** Every helper's operation descriptor, keyed by method name. */
export declare const OBJECT_OPERATIONS: {
    readonly insertCustomerMessagingActivity: OperationDesc;
};
/** The typed object helpers; the client has them as methods. */
export interface NetForumXMLClientObjects {
    /**
     * InsertFacadeObject for `CustomerMessagingActivity` records (`szObjectName` = `CustomerMessagingActivity`): the generic operation with the object's shape as the article documents it.
     *
     * This request shows two records being added in one request. You may set the values of additional columns if needed.
     *
     * The following fields are required:
     * - cma_cst_key
     * - cma_activity_date
     * - Either cma_eml_key or cma_eml_address
     *
     * Checked before sending: Either cma_eml_key or cma_eml_address.
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:24:1.
     */
    insertCustomerMessagingActivity(records: CustomerMessagingActivityObject[], options?: CallOptions): Promise<InsertFacadeObjectResultCustomerMessagingActivityObjects | undefined>;
}
/** Builds the helpers on a client's runtime (sessions and options shared with the client). */
export declare function createObjects(runtime: SoapRuntime): NetForumXMLClientObjects;
