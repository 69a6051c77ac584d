"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.GetInfoSoapOperation = exports.GetInfoSoapResponseSchema = exports.GetInfoSoapRequestSchema = exports.ElementWithLocalSimpleTypeSchema = exports.GetInfoResponseSchema = exports.GetInfoSchema = exports.ResponseStatusResponseCodeSchema = exports.ResponseStatusStatusCodeSchema = exports.ResponseStatusStatusSchema = exports.ResponseStatusSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'SimpleContent',
    endpoints: { soap11: 'http://example.org/' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link ResponseStatus}.
 */
exports.ResponseStatusSchema = {
    kind: 'complex',
    name: 'ResponseStatus',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        {
            key: 'status',
            ns: 'http://www.mnb.hu/webservices/',
            get type() {
                return exports.ResponseStatusStatusSchema;
            },
            array: true,
            optional: true,
        },
        {
            key: 'responseCode',
            ns: 'http://www.mnb.hu/webservices/',
            node: 'attribute',
            get type() {
                return exports.ResponseStatusResponseCodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ResponseStatusStatus}.
 */
exports.ResponseStatusStatusSchema = {
    kind: 'complex',
    name: 'ResponseStatus_status',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        { key: '$value', node: 'text', type: 'string' },
        {
            key: 'code',
            ns: '',
            node: 'attribute',
            get type() {
                return exports.ResponseStatusStatusCodeSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ResponseStatusStatusCode}.
 */
exports.ResponseStatusStatusCodeSchema = {
    kind: 'enum',
    name: 'ResponseStatus_status_code',
    values: ['UnrecognizedTrimName', 'UnusedTrimName'],
};
/**
 * Descriptor of {@link ResponseStatusResponseCode}.
 */
exports.ResponseStatusResponseCodeSchema = {
    kind: 'enum',
    name: 'ResponseStatus_responseCode',
    values: ['Successful', 'Unsuccessful', 'ConditionallySuccessful'],
};
/**
 * Descriptor of {@link GetInfo}.
 */
exports.GetInfoSchema = {
    kind: 'complex',
    name: 'GetInfo',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        { key: 'Id', ns: 'http://www.mnb.hu/webservices/', type: 'string', facets: { minLength: 2 } },
    ],
};
/**
 * Descriptor of {@link GetInfoResponse}.
 */
exports.GetInfoResponseSchema = {
    kind: 'complex',
    name: 'GetInfoResponse',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        { key: 'GetInfoResult', ns: 'http://www.mnb.hu/webservices/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link ElementWithLocalSimpleType}.
 */
exports.ElementWithLocalSimpleTypeSchema = {
    kind: 'enum',
    name: 'elementWithLocalSimpleType',
    values: ['enum1', 'enum2'],
};
/**
 * Descriptor of the `GetInfo` body element.
 */
exports.GetInfoSoapRequestSchema = {
    kind: 'complex',
    name: 'GetInfo',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        { key: 'Id', ns: 'http://www.mnb.hu/webservices/', type: 'string', facets: { minLength: 2 } },
    ],
};
/**
 * Descriptor of the `GetInfoResponse` body element.
 */
exports.GetInfoSoapResponseSchema = {
    kind: 'complex',
    name: 'GetInfoResponse',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        { key: 'GetInfoResult', ns: 'http://www.mnb.hu/webservices/', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the GetInfoSoap operation.
 */
exports.GetInfoSoapOperation = {
    name: 'GetInfoSoap',
    protocols: ['soap11'],
    input: { name: 'GetInfo', ns: 'http://www.mnb.hu/webservices/', type: exports.GetInfoSoapRequestSchema },
    output: {
        name: 'GetInfoResponse',
        ns: 'http://www.mnb.hu/webservices/',
        type: exports.GetInfoSoapResponseSchema,
    },
    returns: 'result',
    resultKey: 'GetInfoResult',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    getInfoSoap: exports.GetInfoSoapOperation,
};
