/** Where and how the service is served. */
export const SERVICE = {
    name: 'SimpleContent',
    endpoints: { soap11: 'http://example.org/' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link ResponseStatus}.
 */
export const ResponseStatusSchema = {
    kind: 'complex',
    name: 'ResponseStatus',
    namespace: 'http://www.mnb.hu/webservices/',
    fields: [
        {
            key: 'status',
            ns: 'http://www.mnb.hu/webservices/',
            get type() {
                return ResponseStatusStatusSchema;
            },
            array: true,
            optional: true,
        },
        {
            key: 'responseCode',
            ns: 'http://www.mnb.hu/webservices/',
            node: 'attribute',
            get type() {
                return ResponseStatusResponseCodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ResponseStatusStatus}.
 */
export const ResponseStatusStatusSchema = {
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
                return ResponseStatusStatusCodeSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ResponseStatusStatusCode}.
 */
export const ResponseStatusStatusCodeSchema = {
    kind: 'enum',
    name: 'ResponseStatus_status_code',
    values: ['UnrecognizedTrimName', 'UnusedTrimName'],
};
/**
 * Descriptor of {@link ResponseStatusResponseCode}.
 */
export const ResponseStatusResponseCodeSchema = {
    kind: 'enum',
    name: 'ResponseStatus_responseCode',
    values: ['Successful', 'Unsuccessful', 'ConditionallySuccessful'],
};
/**
 * Descriptor of {@link GetInfo}.
 */
export const GetInfoSchema = {
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
export const GetInfoResponseSchema = {
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
export const ElementWithLocalSimpleTypeSchema = {
    kind: 'enum',
    name: 'elementWithLocalSimpleType',
    values: ['enum1', 'enum2'],
};
/**
 * Descriptor of the `GetInfo` body element.
 */
export const GetInfoSoapRequestSchema = {
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
export const GetInfoSoapResponseSchema = {
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
export const GetInfoSoapOperation = {
    name: 'GetInfoSoap',
    protocols: ['soap11'],
    input: { name: 'GetInfo', ns: 'http://www.mnb.hu/webservices/', type: GetInfoSoapRequestSchema },
    output: {
        name: 'GetInfoResponse',
        ns: 'http://www.mnb.hu/webservices/',
        type: GetInfoSoapResponseSchema,
    },
    returns: 'result',
    resultKey: 'GetInfoResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    getInfoSoap: GetInfoSoapOperation,
};
