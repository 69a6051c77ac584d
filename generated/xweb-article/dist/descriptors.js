/** Where and how the service is served. */
export const SERVICE = {
    name: 'netForumXML',
    endpoints: {},
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link AuthorizationToken}.
 */
export const AuthorizationTokenSchema = {
    kind: 'complex',
    name: 'AuthorizationToken',
    namespace: 'http://www.avectra.com/2005/',
    fields: [{ key: 'Token', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ONode}.
 */
export const ONodeSchema = {
    kind: 'complex',
    name: 'oNode',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObjects',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return CustomerMessagingActivityObjectsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObjects}.
 */
export const CustomerMessagingActivityObjectsSchema = {
    kind: 'complex',
    name: 'CustomerMessagingActivityObjects',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObject',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return CustomerMessagingActivityObjectSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObject}.
 */
export const CustomerMessagingActivityObjectSchema = {
    kind: 'complex',
    name: 'CustomerMessagingActivityObject',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'cma_cst_key',
            ns: 'http://www.avectra.com/2005/',
            type: 'guid',
            facets: { format: 'guid' },
        },
        {
            key: 'cma_activity_id',
            ns: 'http://www.avectra.com/2005/',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'cma_message_id',
            ns: 'http://www.avectra.com/2005/',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'cma_recipient_id',
            ns: 'http://www.avectra.com/2005/',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'cma_activity_code',
            ns: 'http://www.avectra.com/2005/',
            type: 'string',
            optional: true,
        },
        {
            key: 'cma_activity_subcode',
            ns: 'http://www.avectra.com/2005/',
            type: 'string',
            optional: true,
        },
        { key: 'cma_eml_key', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true },
        { key: 'cma_eml_address', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true },
        { key: 'cma_activity_date', ns: 'http://www.avectra.com/2005/', type: 'string' },
    ],
    openKey: '$extra',
};
/**
 * Descriptor of {@link InsertFacadeObjectResult}.
 */
export const InsertFacadeObjectResultSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResult',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObjects',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link InsertFacadeObjectResultCustomerMessagingActivityObjects}.
 */
export const InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResult_CustomerMessagingActivityObjects',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'recordReturn',
            ns: '',
            node: 'attribute',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'CustomerMessagingActivityObject',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObjectsCustomerMessagingActivityObject}.
 */
export const CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema = {
    kind: 'complex',
    name: 'CustomerMessagingActivityObjects_CustomerMessagingActivityObject',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'cma_key',
            ns: 'http://www.avectra.com/2005/',
            type: 'guid',
            optional: true,
            facets: { format: 'guid' },
        },
    ],
};
/**
 * Descriptor of the `InsertFacadeObject` body element.
 */
export const InsertFacadeObjectRequestSchema = {
    kind: 'complex',
    name: 'InsertFacadeObject',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        { key: 'szObjectName', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true },
        {
            key: 'oNode',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return ONodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `InsertFacadeObjectResponse` body element.
 */
export const InsertFacadeObjectResponseSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResponse',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'InsertFacadeObjectResult',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return InsertFacadeObjectResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the InsertFacadeObject operation.
 */
export const InsertFacadeObjectOperation = {
    name: 'InsertFacadeObject',
    action: 'http://www.avectra.com/2005/InsertFacadeObject',
    protocols: ['soap11'],
    input: {
        name: 'InsertFacadeObject',
        ns: 'http://www.avectra.com/2005/',
        type: InsertFacadeObjectRequestSchema,
    },
    output: {
        name: 'InsertFacadeObjectResponse',
        ns: 'http://www.avectra.com/2005/',
        type: InsertFacadeObjectResponseSchema,
    },
    returns: 'result',
    resultKey: 'InsertFacadeObjectResult',
    headersIn: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return AuthorizationTokenSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return AuthorizationTokenSchema;
            },
        },
    ],
    rules: [
        {
            kind: 'one-of-required',
            get type() {
                return CustomerMessagingActivityObjectSchema;
            },
            fields: ['cma_eml_key', 'cma_eml_address'],
            text: 'Either cma_eml_key or cma_eml_address',
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    insertFacadeObject: InsertFacadeObjectOperation,
};
