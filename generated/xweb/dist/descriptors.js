/** Where and how the service is served. */
export const SERVICE = {
    name: 'netForumXML',
    endpoints: {
        soap11: 'https://upgradedemo.avectra.com/netFORUMUpgrade2010Demo/xweb/secure/netForumXML.asmx',
        'http-get': 'https://upgradedemo.avectra.com/netFORUMUpgrade2010Demo/xweb/secure/netForumXML.asmx',
        'http-post': 'https://upgradedemo.avectra.com/netFORUMUpgrade2010Demo/xweb/secure/netForumXML.asmx',
    },
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
    openKey: '$extra',
};
/**
 * Descriptor of {@link InsertFacadeObjectONode}.
 */
export const InsertFacadeObjectONodeSchema = {
    kind: 'complex',
    name: 'InsertFacadeObject_oNode',
    namespace: 'http://www.avectra.com/2005/',
    fields: [],
    openKey: '$extra',
};
/**
 * Descriptor of {@link InsertFacadeObjectResponseInsertFacadeObjectResult}.
 */
export const InsertFacadeObjectResponseInsertFacadeObjectResultSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResponse_InsertFacadeObjectResult',
    namespace: 'http://www.avectra.com/2005/',
    fields: [],
    openKey: '$extra',
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
 * Descriptor of the `Authenticate` body element.
 */
export const AuthenticateRequestSchema = {
    kind: 'complex',
    name: 'Authenticate',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        { key: 'userName', ns: 'http://www.avectra.com/2005/', type: 'string', nillable: true },
        { key: 'password', ns: 'http://www.avectra.com/2005/', type: 'string', nillable: true },
    ],
};
/**
 * Descriptor of the `AuthenticateResponse` body element.
 */
export const AuthenticateResponseSchema = {
    kind: 'complex',
    name: 'AuthenticateResponse',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'AuthenticateResult',
            ns: 'http://www.avectra.com/2005/',
            type: 'string',
            optional: true,
        },
    ],
};
/**
 * Wire facts of the Authenticate operation.
 */
export const AuthenticateOperation = {
    name: 'Authenticate',
    action: 'http://www.avectra.com/2005/Authenticate',
    protocols: ['soap11', 'http-get', 'http-post'],
    input: {
        name: 'Authenticate',
        ns: 'http://www.avectra.com/2005/',
        type: AuthenticateRequestSchema,
    },
    output: {
        name: 'AuthenticateResponse',
        ns: 'http://www.avectra.com/2005/',
        type: AuthenticateResponseSchema,
    },
    returns: 'result',
    resultKey: 'AuthenticateResult',
    headersOut: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return AuthorizationTokenSchema;
            },
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
                return InsertFacadeObjectONodeSchema;
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
                return InsertFacadeObjectResponseInsertFacadeObjectResultSchema;
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
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    authenticate: AuthenticateOperation,
    insertFacadeObject: InsertFacadeObjectOperation,
};
