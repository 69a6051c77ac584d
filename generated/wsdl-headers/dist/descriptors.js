/** Where and how the service is served. */
export const SERVICE = {
    name: 'SoapHeaders',
    endpoints: { soap11: 'http://localhost:9104/SoapHeaderContext/SoapHeaderPort' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link SimpleAll}.
 */
export const SimpleAllSchema = {
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
export const SimpleStructSchema = {
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
export const SimpleChoiceSchema = {
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
export const TestHeader12Schema = {
    kind: 'complex',
    name: 'testHeader1',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeader1Response2}.
 */
export const TestHeader1Response2Schema = {
    kind: 'complex',
    name: 'testHeader1Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader22}.
 */
export const TestHeader22Schema = {
    kind: 'complex',
    name: 'testHeader2',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader2Response2}.
 */
export const TestHeader2Response2Schema = {
    kind: 'complex',
    name: 'testHeader2Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader32}.
 */
export const TestHeader32Schema = {
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
export const TestHeader3Response2Schema = {
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
export const TestHeader42Schema = {
    kind: 'complex',
    name: 'testHeader4',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader4Response2}.
 */
export const TestHeader4Response2Schema = {
    kind: 'complex',
    name: 'testHeader4Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeaderMessage}.
 */
export const TestHeaderMessageSchema = {
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
export const TestHeader52Schema = {
    kind: 'complex',
    name: 'testHeader5',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of {@link TestHeader5ResponseBody}.
 */
export const TestHeader5ResponseBodySchema = {
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
export const TestHeader6Schema = {
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
export const TestHeader6ResponseSchema = {
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
export const TestHeader72Schema = {
    kind: 'complex',
    name: 'testHeader7',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of {@link TestHeader7Response2}.
 */
export const TestHeader7Response2Schema = {
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
export const TestHeader1RequestSchema = {
    kind: 'complex',
    name: 'testHeader1',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of the `testHeader1Response` body element.
 */
export const TestHeader1ResponseSchema = {
    kind: 'complex',
    name: 'testHeader1Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Wire facts of the testHeader1 operation.
 */
export const TestHeader1Operation = {
    name: 'testHeader1',
    protocols: ['soap11'],
    input: {
        name: 'testHeader1',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader1RequestSchema,
    },
    output: {
        name: 'testHeader1Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader1ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader1',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader12Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader2` body element.
 */
export const TestHeader2RequestSchema = {
    kind: 'complex',
    name: 'testHeader2',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader2Response` body element.
 */
export const TestHeader2ResponseSchema = {
    kind: 'complex',
    name: 'testHeader2Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'responseType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Wire facts of the testHeader2 operation.
 */
export const TestHeader2Operation = {
    name: 'testHeader2',
    protocols: ['soap11'],
    input: {
        name: 'testHeader2',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader2RequestSchema,
    },
    output: {
        name: 'testHeader2Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader2ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersOut: [
        {
            name: 'testHeader2Response',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader2Response2Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader3` body element.
 */
export const TestHeader3RequestSchema = {
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
export const TestHeader3ResponseSchema = {
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
export const TestHeader3Operation = {
    name: 'testHeader3',
    protocols: ['soap11'],
    input: {
        name: 'testHeader3',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader3RequestSchema,
    },
    output: {
        name: 'testHeader3Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader3ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader32Schema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader32Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader4` body element.
 */
export const TestHeader4RequestSchema = {
    kind: 'complex',
    name: 'testHeader4',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader4Response` body element.
 */
export const TestHeader4ResponseSchema = {
    kind: 'complex',
    name: 'testHeader4Response',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Wire facts of the testHeader4 operation.
 */
export const TestHeader4Operation = {
    name: 'testHeader4',
    protocols: ['soap11'],
    input: {
        name: 'testHeader4',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader4RequestSchema,
    },
    output: {
        name: 'testHeader4Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader4ResponseSchema,
    },
    returns: 'void',
    headersIn: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeaderMessageSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeaderMessageSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader5` body element.
 */
export const TestHeader5RequestSchema = {
    kind: 'complex',
    name: 'testHeader5',
    namespace: 'http://apache.org/header_test/types',
    fields: [{ key: 'requestType', ns: 'http://apache.org/header_test/types', type: 'string' }],
};
/**
 * Descriptor of the `testHeader5ResponseBody` body element.
 */
export const TestHeader5ResponseSchema = {
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
export const TestHeader5Operation = {
    name: 'testHeader5',
    protocols: ['soap11'],
    input: {
        name: 'testHeader5',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader5RequestSchema,
    },
    output: {
        name: 'testHeader5ResponseBody',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader5ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersOut: [
        {
            name: 'testHeader5',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader52Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `testHeader6` body element.
 */
export const TestHeaderPartBeforeBodyPartRequestSchema = {
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
export const TestHeaderPartBeforeBodyPartResponseSchema = {
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
export const TestHeaderPartBeforeBodyPartOperation = {
    name: 'testHeaderPartBeforeBodyPart',
    protocols: ['soap11'],
    input: {
        name: 'testHeader6',
        ns: 'http://apache.org/header_test/types',
        type: TestHeaderPartBeforeBodyPartRequestSchema,
    },
    output: {
        name: 'testHeader6Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeaderPartBeforeBodyPartResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader32Schema;
            },
        },
    ],
    headersOut: [
        {
            name: 'testHeader3',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeader32Schema;
            },
        },
    ],
};
/**
 * Descriptor of the `send_receive_any_type` body element.
 */
export const SendReceiveAnyTypeRequestSchema = {
    kind: 'complex',
    name: 'send_receive_any_type',
    fields: [
        {
            key: 'test_all',
            ns: 'http://apache.org/tests/type_test/all',
            get type() {
                return SimpleAllSchema;
            },
        },
        {
            key: 'test_chc',
            ns: 'http://apache.org/tests/type_test/choice',
            get type() {
                return SimpleChoiceSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `send_receive_any_typeResponse` body element.
 */
export const SendReceiveAnyTypeResponseSchema = {
    kind: 'complex',
    name: 'send_receive_any_typeResponse',
    fields: [
        {
            key: 'test_all',
            ns: 'http://apache.org/tests/type_test/all',
            get type() {
                return SimpleAllSchema;
            },
        },
        {
            key: 'test_seq',
            ns: 'http://apache.org/tests/type_test/sequence',
            get type() {
                return SimpleStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the send_receive_any_type operation.
 */
export const SendReceiveAnyTypeOperation = {
    name: 'send_receive_any_type',
    action: '',
    protocols: ['soap11'],
    input: { name: 'send_receive_any_type', type: SendReceiveAnyTypeRequestSchema },
    output: { name: 'send_receive_any_typeResponse', type: SendReceiveAnyTypeResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `testHeader7` body element.
 */
export const TestHeader7RequestSchema = {
    kind: 'complex',
    name: 'testHeader7',
    namespace: 'http://apache.org/header_test/types',
    fields: [],
};
/**
 * Descriptor of the `testHeader7Response` body element.
 */
export const TestHeader7ResponseSchema = {
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
export const TestHeader7Operation = {
    name: 'testHeader7',
    protocols: ['soap11'],
    input: {
        name: 'testHeader7',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader7RequestSchema,
    },
    output: {
        name: 'testHeader7Response',
        ns: 'http://apache.org/header_test/types',
        type: TestHeader7ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
    headersIn: [
        {
            name: 'testHeaderMessage',
            ns: 'http://apache.org/header_test/types',
            get type() {
                return TestHeaderMessageSchema;
            },
        },
    ],
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    testHeader1: TestHeader1Operation,
    testHeader2: TestHeader2Operation,
    testHeader3: TestHeader3Operation,
    testHeader4: TestHeader4Operation,
    testHeader5: TestHeader5Operation,
    testHeaderPartBeforeBodyPart: TestHeaderPartBeforeBodyPartOperation,
    sendReceiveAnyType: SendReceiveAnyTypeOperation,
    testHeader7: TestHeader7Operation,
};
