"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.GetDataOperation = exports.GetDataResponseSchema = exports.GetDataRequestSchema = exports.CustomFaultSchema = exports.GetDataResponse2Schema = exports.GetData2Schema = exports.Data2Schema = exports.Data1Schema = exports.AbstractDataSchema = exports.DataListSchema = exports.IdSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'MixedSequence',
    endpoints: { soap11: 'http://api.acme.com/TestService.php' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Id}.
 */
exports.IdSchema = 'string';
/**
 * Descriptor of {@link DataList}.
 */
exports.DataListSchema = {
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
                return exports.Data1Schema;
            },
            array: true,
            optional: true,
        },
        {
            key: 'd',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return exports.Data2Schema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link AbstractData}.
 */
exports.AbstractDataSchema = {
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
        return [exports.Data1Schema, exports.Data2Schema];
    },
};
/**
 * Descriptor of {@link Data1}.
 */
exports.Data1Schema = {
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
exports.Data2Schema = {
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
exports.GetData2Schema = {
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
exports.GetDataResponse2Schema = {
    kind: 'complex',
    name: 'getDataResponse',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'getDataResult',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return exports.DataListSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link CustomFault}.
 */
exports.CustomFaultSchema = {
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
exports.GetDataRequestSchema = {
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
exports.GetDataResponseSchema = {
    kind: 'complex',
    name: 'getDataResponse',
    namespace: 'http://test-soap.com/api/mixedsequence',
    fields: [
        {
            key: 'getDataResult',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return exports.DataListSchema;
            },
        },
    ],
};
/**
 * Wire facts of the getData operation.
 */
exports.GetDataOperation = {
    name: 'getData',
    action: 'http://test-soap.com/api/mixedsequence#getData',
    protocols: ['soap11'],
    input: {
        name: 'getData',
        ns: 'http://test-soap.com/api/mixedsequence',
        type: exports.GetDataRequestSchema,
    },
    output: {
        name: 'getDataResponse',
        ns: 'http://test-soap.com/api/mixedsequence',
        type: exports.GetDataResponseSchema,
    },
    returns: 'result',
    resultKey: 'getDataResult',
    faults: [
        {
            name: 'customFault',
            element: 'customFault',
            ns: 'http://test-soap.com/api/mixedsequence',
            get type() {
                return exports.CustomFaultSchema;
            },
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    getData: exports.GetDataOperation,
};
