/**
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:26:1 (namespace http://www.avectra.com/2005/).
 */
export interface AuthorizationToken {
    /**
     * Wire type xs:string.
     * Type guessed: the spec shows a placeholder the generator did not recognise.
     *
     * the sample shows the placeholder ***************: typed string
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:27:1.
     */
    Token?: string;
}
/**
 * Type inferred from a sample value, not declared by the spec.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:26:1 (namespace http://www.avectra.com/2005/).
 */
export interface AuthorizationTokenInput {
    /**
     * Wire type xs:string.
     * Type guessed: the spec shows a placeholder the generator did not recognise.
     *
     * the sample shows the placeholder ***************: typed string
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:27:1.
     */
    Token?: string;
}
/**
 * Type inferred from a sample value, not declared by the spec.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:33:1 (namespace http://www.avectra.com/2005/).
 */
export interface ONode {
    /**
     * Type inferred from a sample value, not declared by the spec.
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:34:1.
     */
    CustomerMessagingActivityObjects?: CustomerMessagingActivityObjects;
}
/**
 * Type inferred from a sample value, not declared by the spec.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:34:1 (namespace http://www.avectra.com/2005/).
 */
export interface CustomerMessagingActivityObjects {
    /**
     * Type inferred from a sample value, not declared by the spec.
     *
     * repeated 2 times in one sample: an array
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:35:1.
     */
    CustomerMessagingActivityObject?: CustomerMessagingActivityObject[];
}
/**
 * Open record: further members the spec does not list are kept in `$extra` as raw XML.
 * Type inferred from a sample value, not declared by the spec.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:35:1 (namespace http://www.avectra.com/2005/).
 */
export interface CustomerMessagingActivityObject {
    /**
     * Wire type guid (Microsoft serialization type).
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 2a50c454-eac0-4768-9a85-0c97968be7fd
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:36:1.
     */
    cma_cst_key: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 1325645 (and 1 more)
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:37:1.
     */
    cma_activity_id?: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 998787
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:38:1.
     */
    cma_message_id?: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 897
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:39:1.
     */
    cma_recipient_id?: number;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: Sent (and 1 more)
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:40:1.
     */
    cma_activity_code?: string;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: Sent Delivered (and 1 more)
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:41:1.
     */
    cma_activity_subcode?: string;
    /**
     * Wire type xs:string.
     * Named only in the spec's prose; typed as a string.
     *
     * named in the article's prose ("Either cma_eml_key or cma_eml_address") but not shown in any sample: typed string
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:23:5.
     */
    cma_eml_key?: string;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: someone@somewhere.com
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:42:1.
     */
    cma_eml_address?: string;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 03/12/2012 13:44:55.892 (and 1 more)
     *
     * observed format: MM/DD/YYYY HH:mm:ss.fff (sample: 03/12/2012 13:44:55.892)
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:43:1.
     */
    cma_activity_date: string;
    /** Members not described by the spec, as raw XML (this record is open to further columns). */
    $extra?: string[];
}
/**
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:73:1 (namespace http://www.avectra.com/2005/).
 */
export interface InsertFacadeObjectResult {
    /**
     * Type inferred from a sample value, not declared by the spec.
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:74:1.
     */
    CustomerMessagingActivityObjects?: InsertFacadeObjectResultCustomerMessagingActivityObjects;
}
/**
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:74:1 (namespace http://www.avectra.com/2005/).
 */
export interface InsertFacadeObjectResultCustomerMessagingActivityObjects {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Sent as the XML attribute `recordReturn`.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 2
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:74:115.
     */
    recordReturn?: number;
    /**
     * Type inferred from a sample value, not declared by the spec.
     *
     * repeated 2 times in one sample: an array
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:75:1.
     */
    CustomerMessagingActivityObject: CustomerMessagingActivityObjectsCustomerMessagingActivityObject[];
}
/**
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/xweb/004_8931eb82c0deeb06.txt:75:1 (namespace http://www.avectra.com/2005/).
 */
export interface CustomerMessagingActivityObjectsCustomerMessagingActivityObject {
    /**
     * Wire type guid (Microsoft serialization type).
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: 80b79af2-0185-471d-aebf-318380e05324 (and 1 more)
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:76:1.
     */
    cma_key?: string;
}
/**
 * The request of InsertFacadeObject: its parameters, keyed by their wire names.
 *
 * Sent as the `InsertFacadeObject` element.
 */
export interface InsertFacadeObjectRequest {
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from a sample value: CustomerMessagingActivity
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:32:1.
     */
    szObjectName?: string;
    /**
     * Type inferred from a sample value, not declared by the spec.
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:33:1.
     */
    oNode?: ONode;
}
/**
 * The response of InsertFacadeObject.
 */
export interface InsertFacadeObjectResponse {
    /**
     * The response returns the primary key of the newly added records as seen below:
     *
     * Type inferred from a sample value, not declared by the spec.
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:73:1.
     */
    InsertFacadeObjectResult?: InsertFacadeObjectResult;
}
/**
 * SOAP headers InsertFacadeObject sends, keyed by element local name.
 */
export interface InsertFacadeObjectHeadersIn {
    /**
     * From specs/xweb/004_8931eb82c0deeb06.txt:26:1.
     */
    AuthorizationToken?: AuthorizationTokenInput;
}
/**
 * SOAP headers InsertFacadeObject receives, keyed by element local name.
 */
export interface InsertFacadeObjectHeadersOut {
    /**
     * From specs/xweb/004_8931eb82c0deeb06.txt:67:1.
     */
    AuthorizationToken?: AuthorizationToken;
}
