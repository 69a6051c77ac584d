/** Where and how the service is served. */
export const SERVICE = {
    name: 'MixedSequence',
    endpoints: { soap11: 'http://api.acme.com/TestService.php' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Id}.
 */
export const IdSchema = 'string';
/**
 * Descriptor of {@link DataList}.
 */
export const DataListSchema = {
    kind: 'complex',
    name: 'dataList',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'a',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'b',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'c',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return Data1Schema;
            },
            array: true,
            optional: true,
        },
        {
            key: 'd',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return Data2Schema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link AbstractData}.
 */
export const AbstractDataSchema = {
    kind: 'complex',
    name: 'AbstractData',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'id',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            facets: { maxLength: 255 },
        },
    ],
    tag: 'AbstractData',
    abstract: true,
    get subtypes() {
        return [Data1Schema, Data2Schema];
    },
};
/**
 * Descriptor of {@link Data1}.
 */
export const Data1Schema = {
    kind: 'complex',
    name: 'Data1',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'id',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            facets: { maxLength: 255 },
        },
        { key: 'value1', ns: 'http://test-soap.com/api/mixedsequence', type: 'string', optional: true },
    ],
    tag: 'Data1',
};
/**
 * Descriptor of {@link Data2}.
 */
export const Data2Schema = {
    kind: 'complex',
    name: 'Data2',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'id',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            facets: { maxLength: 255 },
        },
        { key: 'value2', ns: 'http://test-soap.com/api/mixedsequence', type: 'string' },
    ],
    tag: 'Data2',
};
/**
 * Descriptor of {@link GetData2}.
 */
export const GetData2Schema = {
    kind: 'complex',
    name: 'getData',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'id',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            facets: { maxLength: 255 },
        },
        {
            key: 'index',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link GetDataResponse2}.
 */
export const GetDataResponse2Schema = {
    kind: 'complex',
    name: 'getDataResponse',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'getDataResult',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return DataListSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link CustomFault}.
 */
export const CustomFaultSchema = {
    kind: 'complex',
    name: 'customFault',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'Error',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'int',
            optional: true,
            choice: 'customFault.choice1',
            branch: 0,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'ExceptionInfo',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            optional: true,
            choice: 'customFault.choice1',
            branch: 0,
        },
    ],
};
/**
 * Descriptor of the `getData` body element.
 */
export const GetDataRequestSchema = {
    kind: 'complex',
    name: 'getData',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'id',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'string',
            facets: { maxLength: 255 },
        },
        {
            key: 'index',
            ns: 'http://test-soap.com/api/mixedsequence',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of the `getDataResponse` body element.
 */
export const GetDataResponseSchema = {
    kind: 'complex',
    name: 'getDataResponse',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'getDataResult',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return DataListSchema;
            },
        },
    ],
};
/**
 * Wire facts of the getData operation.
 */
export const GetDataOperation = {
    name: 'getData',
    action: 'http://test-soap.com/api/mixedsequence#getData',
    protocols: ['soap11'],
    input: {
        name: 'getData',
        ns: 'http://test-soap.com/api/mixedsequence',
        type: GetDataRequestSchema,
    },
    output: {
        name: 'getDataResponse',
        ns: 'http://test-soap.com/api/mixedsequence',
        type: GetDataResponseSchema,
    },
    returns: 'result',
    resultKey: 'getDataResult',
    faults: [
        {
            name: 'customFault',
            element: 'customFault',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return CustomFaultSchema;
            },
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    getData: GetDataOperation,
};
