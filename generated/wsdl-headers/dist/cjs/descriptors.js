"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.TestHeader7Operation = exports.TestHeader7ResponseSchema = exports.TestHeader7RequestSchema = exports.SendReceiveAnyTypeOperation = exports.SendReceiveAnyTypeResponseSchema = exports.SendReceiveAnyTypeRequestSchema = exports.TestHeaderPartBeforeBodyPartOperation = exports.TestHeaderPartBeforeBodyPartResponseSchema = exports.TestHeaderPartBeforeBodyPartRequestSchema = exports.TestHeader5Operation = exports.TestHeader5ResponseSchema = exports.TestHeader5RequestSchema = exports.TestHeader4Operation = exports.TestHeader4ResponseSchema = exports.TestHeader4RequestSchema = exports.TestHeader3Operation = exports.TestHeader3ResponseSchema = exports.TestHeader3RequestSchema = exports.TestHeader2Operation = exports.TestHeader2ResponseSchema = exports.TestHeader2RequestSchema = exports.TestHeader1Operation = exports.TestHeader1ResponseSchema = exports.TestHeader1RequestSchema = exports.TestHeader7Response2Schema = exports.TestHeader72Schema = exports.TestHeader6ResponseSchema = exports.TestHeader6Schema = exports.TestHeader5ResponseBodySchema = exports.TestHeader52Schema = exports.TestHeaderMessageSchema = exports.TestHeader4Response2Schema = exports.TestHeader42Schema = exports.TestHeader3Response2Schema = exports.TestHeader32Schema = exports.TestHeader2Response2Schema = exports.TestHeader22Schema = exports.TestHeader1Response2Schema = exports.TestHeader12Schema = exports.SimpleChoiceSchema = exports.SimpleStructSchema = exports.SimpleAllSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'SoapHeaders',
    endpoints: { soap11: 'http://localhost:9104/SoapHeaderContext/SoapHeaderPort' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link SimpleAll}.
 */
exports.SimpleAllSchema = {
    kind: 'complex',
    name: 'SimpleAll',
    namespace: 'http://apache.org/tests/type_test/all',
    fields: [
        { key: 'varFloat', ns: '', type: 'float' },
        {
            key: 'varInt',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'varString', ns: '', type: 'string' },
        { key: 'varAttrString', ns: '', node: 'attribute', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link SimpleStruct}.
 */
exports.SimpleStructSchema = {
    kind: 'complex',
    name: 'SimpleStruct',
    namespace: 'http://apache.org/tests/type_test/sequence',
    fields: [
        { key: 'varFloat', ns: '', type: 'float' },
        {
            key: 'varInt',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'varString', ns: '', type: 'string' },
        { key: 'varAttrString', ns: '', node: 'attribute', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link SimpleChoice}.
 */
exports.SimpleChoiceSchema = {
    kind: 'complex',
    name: 'SimpleChoice',
    namespace: 'http://apache.org/tests/type_test/choice',
    fields: [
        {
            key: 'varFloat',
            ns: '',
            type: 'float',
            optional: true,
            choice: 'SimpleChoice.choice1',
            branch: 0,
        },
        {
            key: 'varInt',
            ns: '',
            type: 'int',
            optional: true,
            choice: 'SimpleChoice.choice1',
            branch: 1,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'varString',
            ns: '',
            type: 'string',
            optional: true,
            choice: 'SimpleChoice.choice1',
            branch: 2,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader12}.
 */
exports.TestHeader12Schema = {
    kind: 'complex',
    name: 'testHeader1',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeader1Response2}.
 */
exports.TestHeader1Response2Schema = {
    kind: 'complex',
    name: 'testHeader1Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader22}.
 */
exports.TestHeader22Schema = {
    kind: 'complex',
    name: 'testHeader2',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader2Response2}.
 */
exports.TestHeader2Response2Schema = {
    kind: 'complex',
    name: 'testHeader2Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader32}.
 */
exports.TestHeader32Schema = {
    kind: 'complex',
    name: 'testHeader3',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'requestType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader3Response2}.
 */
exports.TestHeader3Response2Schema = {
    kind: 'complex',
    name: 'testHeader3Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader42}.
 */
exports.TestHeader42Schema = {
    kind: 'complex',
    name: 'testHeader4',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader4Response2}.
 */
exports.TestHeader4Response2Schema = {
    kind: 'complex',
    name: 'testHeader4Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeaderMessage}.
 */
exports.TestHeaderMessageSchema = {
    kind: 'complex',
    name: 'testHeaderMessage',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'requestType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader52}.
 */
exports.TestHeader52Schema = {
    kind: 'complex',
    name: 'testHeader5',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader5ResponseBody}.
 */
exports.TestHeader5ResponseBodySchema = {
    kind: 'complex',
    name: 'testHeader5ResponseBody',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link TestHeader6}.
 */
exports.TestHeader6Schema = {
    kind: 'complex',
    name: 'testHeader6',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'requestType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader6Response}.
 */
exports.TestHeader6ResponseSchema = {
    kind: 'complex',
    name: 'testHeader6Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link TestHeader72}.
 */
exports.TestHeader72Schema = {
    kind: 'complex',
    name: 'testHeader7',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeader7Response2}.
 */
exports.TestHeader7Response2Schema = {
    kind: 'complex',
    name: 'testHeader7Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of the `testHeader1` body element.
 */
exports.TestHeader1RequestSchema = {
    kind: 'complex',
    name: 'testHeader1',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of the `testHeader1Response` body element.
 */
exports.TestHeader1ResponseSchema = {
    kind: 'complex',
    name: 'testHeader1Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Wire facts of the testHeader1 operation.
 */
exports.TestHeader1Operation = {
    name: 'testHeader1',
    protocols: ['soap11'],
    input: {
        name: 'testHeader1',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader1RequestSchema,
    },
    output: {
        name: 'testHeader1Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader1ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader1',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader12Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader2` body element.
 */
exports.TestHeader2RequestSchema = {
    kind: 'complex',
    name: 'testHeader2',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader2Response` body element.
 */
exports.TestHeader2ResponseSchema = {
    kind: 'complex',
    name: 'testHeader2Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Wire facts of the testHeader2 operation.
 */
exports.TestHeader2Operation = {
    name: 'testHeader2',
    protocols: ['soap11'],
    input: {
        name: 'testHeader2',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader2RequestSchema,
    },
    output: {
        name: 'testHeader2Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader2ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersOut: [
        {
            name: 'testHeader2Response',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader2Response2Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader3` body element.
 */
exports.TestHeader3RequestSchema = {
    kind: 'complex',
    name: 'testHeader3',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'requestType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of the `testHeader3Response` body element.
 */
exports.TestHeader3ResponseSchema = {
    kind: 'complex',
    name: 'testHeader3Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Wire facts of the testHeader3 operation.
 */
exports.TestHeader3Operation = {
    name: 'testHeader3',
    protocols: ['soap11'],
    input: {
        name: 'testHeader3',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader3RequestSchema,
    },
    output: {
        name: 'testHeader3Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader3ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader32Schema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader32Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader4` body element.
 */
exports.TestHeader4RequestSchema = {
    kind: 'complex',
    name: 'testHeader4',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader4Response` body element.
 */
exports.TestHeader4ResponseSchema = {
    kind: 'complex',
    name: 'testHeader4Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Wire facts of the testHeader4 operation.
 */
exports.TestHeader4Operation = {
    name: 'testHeader4',
    protocols: ['soap11'],
    input: {
        name: 'testHeader4',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader4RequestSchema,
    },
    output: {
        name: 'testHeader4Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader4ResponseSchema,
    },
    returns: 'void',
    headersIn: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeaderMessageSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeaderMessageSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader5` body element.
 */
exports.TestHeader5RequestSchema = {
    kind: 'complex',
    name: 'testHeader5',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader5ResponseBody` body element.
 */
exports.TestHeader5ResponseSchema = {
    kind: 'complex',
    name: 'testHeader5ResponseBody',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Wire facts of the testHeader5 operation.
 */
exports.TestHeader5Operation = {
    name: 'testHeader5',
    protocols: ['soap11'],
    input: {
        name: 'testHeader5',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader5RequestSchema,
    },
    output: {
        name: 'testHeader5ResponseBody',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader5ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersOut: [
        {
            name: 'testHeader5',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader52Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader6` body element.
 */
exports.TestHeaderPartBeforeBodyPartRequestSchema = {
    kind: 'complex',
    name: 'testHeader6',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'requestType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Descriptor of the `testHeader6Response` body element.
 */
exports.TestHeaderPartBeforeBodyPartResponseSchema = {
    kind: 'complex',
    name: 'testHeader6Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Wire facts of the testHeaderPartBeforeBodyPart operation.
 */
exports.TestHeaderPartBeforeBodyPartOperation = {
    name: 'testHeaderPartBeforeBodyPart',
    protocols: ['soap11'],
    input: {
        name: 'testHeader6',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeaderPartBeforeBodyPartRequestSchema,
    },
    output: {
        name: 'testHeader6Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeaderPartBeforeBodyPartResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader32Schema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeader32Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `send_receive_any_type` body element.
 */
exports.SendReceiveAnyTypeRequestSchema = {
    kind: 'complex',
    name: 'send_receive_any_type',
    fields: [
        {
            key: 'test_all',
            ns: 'http://apache.org/tests/type_test/all',
            get type() {
                return exports.SimpleAllSchema;
            },
        },
        {
            key: 'test_chc',
            ns: 'http://apache.org/tests/type_test/choice',
            get type() {
                return exports.SimpleChoiceSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `send_receive_any_typeResponse` body element.
 */
exports.SendReceiveAnyTypeResponseSchema = {
    kind: 'complex',
    name: 'send_receive_any_typeResponse',
    fields: [
        {
            key: 'test_all',
            ns: 'http://apache.org/tests/type_test/all',
            get type() {
                return exports.SimpleAllSchema;
            },
        },
        {
            key: 'test_seq',
            ns: 'http://apache.org/tests/type_test/sequence',
            get type() {
                return exports.SimpleStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the send_receive_any_type operation.
 */
exports.SendReceiveAnyTypeOperation = {
    name: 'send_receive_any_type',
    action: '',
    protocols: ['soap11'],
    input: { name: 'send_receive_any_type', type: exports.SendReceiveAnyTypeRequestSchema },
    output: { name: 'send_receive_any_typeResponse', type: exports.SendReceiveAnyTypeResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `testHeader7` body element.
 */
exports.TestHeader7RequestSchema = {
    kind: 'complex',
    name: 'testHeader7',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of the `testHeader7Response` body element.
 */
exports.TestHeader7ResponseSchema = {
    kind: 'complex',
    name: 'testHeader7Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/header_test/types',
            type: 'string',
            nillable: true,
        },
    ],
};
/**
 * Wire facts of the testHeader7 operation.
 */
exports.TestHeader7Operation = {
    name: 'testHeader7',
    protocols: ['soap11'],
    input: {
        name: 'testHeader7',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader7RequestSchema,
    },
    output: {
        name: 'testHeader7Response',
        ns: 'http://apache.org/header_test/types',
        type: exports.TestHeader7ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return exports.TestHeaderMessageSchema;
            },
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    testHeader1: exports.TestHeader1Operation,
    testHeader2: exports.TestHeader2Operation,
    testHeader3: exports.TestHeader3Operation,
    testHeader4: exports.TestHeader4Operation,
    testHeader5: exports.TestHeader5Operation,
    testHeaderPartBeforeBodyPart: exports.TestHeaderPartBeforeBodyPartOperation,
    sendReceiveAnyType: exports.SendReceiveAnyTypeOperation,
    testHeader7: exports.TestHeader7Operation,
};
