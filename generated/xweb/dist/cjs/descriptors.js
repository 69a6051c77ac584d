"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.InsertFacadeObjectOperation = exports.InsertFacadeObjectResponseSchema = exports.InsertFacadeObjectRequestSchema = exports.AuthenticateOperation = exports.AuthenticateResponseSchema = exports.AuthenticateRequestSchema = exports.CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema = exports.InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema = exports.InsertFacadeObjectResultSchema = exports.CustomerMessagingActivityObjectSchema = exports.CustomerMessagingActivityObjectsSchema = exports.ONodeSchema = exports.InsertFacadeObjectResponseInsertFacadeObjectResultSchema = exports.InsertFacadeObjectONodeSchema = exports.AuthorizationTokenSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
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
exports.AuthorizationTokenSchema = {
    kind: 'complex',
    name: 'AuthorizationToken',
    namespace: 'http://www.avectra.com/2005/',
    fields: [{ key: 'Token', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true }],
    openKey: '$extra',
};
/**
 * Descriptor of {@link InsertFacadeObjectONode}.
 */
exports.InsertFacadeObjectONodeSchema = {
    kind: 'complex',
    name: 'InsertFacadeObject_oNode',
    namespace: 'http://www.avectra.com/2005/',
    fields: [],
    openKey: '$extra',
};
/**
 * Descriptor of {@link InsertFacadeObjectResponseInsertFacadeObjectResult}.
 */
exports.InsertFacadeObjectResponseInsertFacadeObjectResultSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResponse_InsertFacadeObjectResult',
    namespace: 'http://www.avectra.com/2005/',
    fields: [],
    openKey: '$extra',
};
/**
 * Descriptor of {@link ONode}.
 */
exports.ONodeSchema = {
    kind: 'complex',
    name: 'oNode',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObjects',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.CustomerMessagingActivityObjectsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObjects}.
 */
exports.CustomerMessagingActivityObjectsSchema = {
    kind: 'complex',
    name: 'CustomerMessagingActivityObjects',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObject',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.CustomerMessagingActivityObjectSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObject}.
 */
exports.CustomerMessagingActivityObjectSchema = {
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
exports.InsertFacadeObjectResultSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResult',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'CustomerMessagingActivityObjects',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link InsertFacadeObjectResultCustomerMessagingActivityObjects}.
 */
exports.InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema = {
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
                return exports.CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link CustomerMessagingActivityObjectsCustomerMessagingActivityObject}.
 */
exports.CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema = {
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
exports.AuthenticateRequestSchema = {
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
exports.AuthenticateResponseSchema = {
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
exports.AuthenticateOperation = {
    name: 'Authenticate',
    action: 'http://www.avectra.com/2005/Authenticate',
    protocols: ['soap11', 'http-get', 'http-post'],
    input: {
        name: 'Authenticate',
        ns: 'http://www.avectra.com/2005/',
        type: exports.AuthenticateRequestSchema,
    },
    output: {
        name: 'AuthenticateResponse',
        ns: 'http://www.avectra.com/2005/',
        type: exports.AuthenticateResponseSchema,
    },
    returns: 'result',
    resultKey: 'AuthenticateResult',
    headersOut: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.AuthorizationTokenSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `InsertFacadeObject` body element.
 */
exports.InsertFacadeObjectRequestSchema = {
    kind: 'complex',
    name: 'InsertFacadeObject',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        { key: 'szObjectName', ns: 'http://www.avectra.com/2005/', type: 'string', optional: true },
        {
            key: 'oNode',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.InsertFacadeObjectONodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `InsertFacadeObjectResponse` body element.
 */
exports.InsertFacadeObjectResponseSchema = {
    kind: 'complex',
    name: 'InsertFacadeObjectResponse',
    namespace: 'http://www.avectra.com/2005/',
    fields: [
        {
            key: 'InsertFacadeObjectResult',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.InsertFacadeObjectResponseInsertFacadeObjectResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the InsertFacadeObject operation.
 */
exports.InsertFacadeObjectOperation = {
    name: 'InsertFacadeObject',
    action: 'http://www.avectra.com/2005/InsertFacadeObject',
    protocols: ['soap11'],
    input: {
        name: 'InsertFacadeObject',
        ns: 'http://www.avectra.com/2005/',
        type: exports.InsertFacadeObjectRequestSchema,
    },
    output: {
        name: 'InsertFacadeObjectResponse',
        ns: 'http://www.avectra.com/2005/',
        type: exports.InsertFacadeObjectResponseSchema,
    },
    returns: 'result',
    resultKey: 'InsertFacadeObjectResult',
    headersIn: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.AuthorizationTokenSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'AuthorizationToken',
            ns: 'http://www.avectra.com/2005/',
            get type() {
                return exports.AuthorizationTokenSchema;
            },
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    authenticate: exports.AuthenticateOperation,
    insertFacadeObject: exports.InsertFacadeObjectOperation,
};
