/** Where and how the service is served. */
export const SERVICE = {
    name: 'InteropBTyped',
    endpoints: { soap11: 'http://mssoapinterop.org/stkV3/interopBTyped.wsdl' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link ArrayOfstring}.
 */
export const ArrayOfstringSchema = {
    kind: 'complex',
    name: 'ArrayOfstring',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            type: 'string',
            array: true,
            optional: true,
            nillable: true,
            xsd: 'string',
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfint}.
 */
export const ArrayOfintSchema = {
    kind: 'complex',
    name: 'ArrayOfint',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            type: 'int',
            array: true,
            optional: true,
            nillable: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
            xsd: 'int',
        },
    ],
};
/**
 * Descriptor of {@link ArrayOffloat}.
 */
export const ArrayOffloatSchema = {
    kind: 'complex',
    name: 'ArrayOffloat',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            type: 'float',
            array: true,
            optional: true,
            nillable: true,
            xsd: 'float',
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfSOAPStruct}.
 */
export const ArrayOfSOAPStructSchema = {
    kind: 'complex',
    name: 'ArrayOfSOAPStruct',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            get type() {
                return SOAPStructSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link SOAPStruct}.
 */
export const SOAPStructSchema = {
    kind: 'complex',
    name: 'SOAPStruct',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        { key: 'varString', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varInt', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varFloat', ns: '', type: 'anyType', xsd: 'anyType' },
    ],
};
/**
 * Descriptor of {@link SOAPStructStruct}.
 */
export const SOAPStructStructSchema = {
    kind: 'complex',
    name: 'SOAPStructStruct',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        { key: 'varString', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varInt', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varFloat', ns: '', type: 'anyType', xsd: 'anyType' },
        {
            key: 'varStruct',
            ns: '',
            get type() {
                return SOAPStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link SOAPArrayStruct}.
 */
export const SOAPArrayStructSchema = {
    kind: 'complex',
    name: 'SOAPArrayStruct',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        { key: 'varString', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varInt', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'varFloat', ns: '', type: 'anyType', xsd: 'anyType' },
        {
            key: 'varArray',
            ns: '',
            type: 'string',
            array: true,
            item: { name: 'item', ns: '', encoded: true },
            xsd: 'string',
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfString2D}.
 */
export const ArrayOfString2DSchema = {
    kind: 'complex',
    name: 'ArrayOfString2D',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            type: 'string',
            array: true,
            optional: true,
            nillable: true,
            xsd: 'string',
        },
    ],
};
/**
 * Descriptor of the `echoStructAsSimpleTypes` body element.
 */
export const EchoStructAsSimpleTypesRequestSchema = {
    kind: 'complex',
    name: 'echoStructAsSimpleTypes',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return SOAPStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoStructAsSimpleTypesResponse` body element.
 */
export const EchoStructAsSimpleTypesResponseSchema = {
    kind: 'complex',
    name: 'echoStructAsSimpleTypesResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        { key: 'outputString', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'outputInteger', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'outputFloat', ns: '', type: 'anyType', xsd: 'anyType' },
    ],
};
/**
 * Wire facts of the echoStructAsSimpleTypes operation.
 */
export const EchoStructAsSimpleTypesOperation = {
    name: 'echoStructAsSimpleTypes',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoStructAsSimpleTypes',
        ns: 'http://soapinterop.org/',
        type: EchoStructAsSimpleTypesRequestSchema,
    },
    output: {
        name: 'echoStructAsSimpleTypesResponse',
        ns: 'http://soapinterop.org/',
        type: EchoStructAsSimpleTypesResponseSchema,
    },
    returns: 'object',
};
/**
 * Descriptor of the `echoSimpleTypesAsStruct` body element.
 */
export const EchoSimpleTypesAsStructRequestSchema = {
    kind: 'complex',
    name: 'echoSimpleTypesAsStruct',
    namespace: 'http://soapinterop.org/',
    fields: [
        { key: 'inputString', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'inputInteger', ns: '', type: 'anyType', xsd: 'anyType' },
        { key: 'inputFloat', ns: '', type: 'anyType', xsd: 'anyType' },
    ],
};
/**
 * Descriptor of the `echoSimpleTypesAsStructResponse` body element.
 */
export const EchoSimpleTypesAsStructResponseSchema = {
    kind: 'complex',
    name: 'echoSimpleTypesAsStructResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return SOAPStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoSimpleTypesAsStruct operation.
 */
export const EchoSimpleTypesAsStructOperation = {
    name: 'echoSimpleTypesAsStruct',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoSimpleTypesAsStruct',
        ns: 'http://soapinterop.org/',
        type: EchoSimpleTypesAsStructRequestSchema,
    },
    output: {
        name: 'echoSimpleTypesAsStructResponse',
        ns: 'http://soapinterop.org/',
        type: EchoSimpleTypesAsStructResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echo2DStringArray` body element.
 */
export const Echo2DStringArrayRequestSchema = {
    kind: 'complex',
    name: 'echo2DStringArray',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'input2DStringArray',
            ns: '',
            type: 'string',
            array: true,
            item: { name: 'item', ns: '', encoded: true },
            xsd: 'string',
        },
    ],
};
/**
 * Descriptor of the `echo2DStringArrayResponse` body element.
 */
export const Echo2DStringArrayResponseSchema = {
    kind: 'complex',
    name: 'echo2DStringArrayResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            type: 'string',
            array: true,
            item: { name: 'item', ns: '', encoded: true },
            xsd: 'string',
        },
    ],
};
/**
 * Wire facts of the echo2DStringArray operation.
 */
export const Echo2DStringArrayOperation = {
    name: 'echo2DStringArray',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echo2DStringArray',
        ns: 'http://soapinterop.org/',
        type: Echo2DStringArrayRequestSchema,
    },
    output: {
        name: 'echo2DStringArrayResponse',
        ns: 'http://soapinterop.org/',
        type: Echo2DStringArrayResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echoNestedStruct` body element.
 */
export const EchoNestedStructRequestSchema = {
    kind: 'complex',
    name: 'echoNestedStruct',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return SOAPStructStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoNestedStructResponse` body element.
 */
export const EchoNestedStructResponseSchema = {
    kind: 'complex',
    name: 'echoNestedStructResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return SOAPStructStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoNestedStruct operation.
 */
export const EchoNestedStructOperation = {
    name: 'echoNestedStruct',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoNestedStruct',
        ns: 'http://soapinterop.org/',
        type: EchoNestedStructRequestSchema,
    },
    output: {
        name: 'echoNestedStructResponse',
        ns: 'http://soapinterop.org/',
        type: EchoNestedStructResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echoNestedArray` body element.
 */
export const EchoNestedArrayRequestSchema = {
    kind: 'complex',
    name: 'echoNestedArray',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return SOAPArrayStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoNestedArrayResponse` body element.
 */
export const EchoNestedArrayResponseSchema = {
    kind: 'complex',
    name: 'echoNestedArrayResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return SOAPArrayStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoNestedArray operation.
 */
export const EchoNestedArrayOperation = {
    name: 'echoNestedArray',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoNestedArray',
        ns: 'http://soapinterop.org/',
        type: EchoNestedArrayRequestSchema,
    },
    output: {
        name: 'echoNestedArrayResponse',
        ns: 'http://soapinterop.org/',
        type: EchoNestedArrayResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    echoStructAsSimpleTypes: EchoStructAsSimpleTypesOperation,
    echoSimpleTypesAsStruct: EchoSimpleTypesAsStructOperation,
    echo2DStringArray: Echo2DStringArrayOperation,
    echoNestedStruct: EchoNestedStructOperation,
    echoNestedArray: EchoNestedArrayOperation,
};
