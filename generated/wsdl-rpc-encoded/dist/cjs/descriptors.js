"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.EchoNestedArrayOperation = exports.EchoNestedArrayResponseSchema = exports.EchoNestedArrayRequestSchema = exports.EchoNestedStructOperation = exports.EchoNestedStructResponseSchema = exports.EchoNestedStructRequestSchema = exports.Echo2DStringArrayOperation = exports.Echo2DStringArrayResponseSchema = exports.Echo2DStringArrayRequestSchema = exports.EchoSimpleTypesAsStructOperation = exports.EchoSimpleTypesAsStructResponseSchema = exports.EchoSimpleTypesAsStructRequestSchema = exports.EchoStructAsSimpleTypesOperation = exports.EchoStructAsSimpleTypesResponseSchema = exports.EchoStructAsSimpleTypesRequestSchema = exports.ArrayOfString2DSchema = exports.SOAPArrayStructSchema = exports.SOAPStructStructSchema = exports.SOAPStructSchema = exports.ArrayOfSOAPStructSchema = exports.ArrayOffloatSchema = exports.ArrayOfintSchema = exports.ArrayOfstringSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'InteropBTyped',
    endpoints: { soap11: 'http://mssoapinterop.org/stkV3/interopBTyped.wsdl' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link ArrayOfstring}.
 */
exports.ArrayOfstringSchema = {
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
exports.ArrayOfintSchema = {
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
exports.ArrayOffloatSchema = {
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
exports.ArrayOfSOAPStructSchema = {
    kind: 'complex',
    name: 'ArrayOfSOAPStruct',
    namespace: 'http://soapinterop.org/xsd',
    fields: [
        {
            key: 'item',
            ns: '',
            get type() {
                return exports.SOAPStructSchema;
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
exports.SOAPStructSchema = {
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
exports.SOAPStructStructSchema = {
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
                return exports.SOAPStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link SOAPArrayStruct}.
 */
exports.SOAPArrayStructSchema = {
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
exports.ArrayOfString2DSchema = {
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
exports.EchoStructAsSimpleTypesRequestSchema = {
    kind: 'complex',
    name: 'echoStructAsSimpleTypes',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return exports.SOAPStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoStructAsSimpleTypesResponse` body element.
 */
exports.EchoStructAsSimpleTypesResponseSchema = {
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
exports.EchoStructAsSimpleTypesOperation = {
    name: 'echoStructAsSimpleTypes',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoStructAsSimpleTypes',
        ns: 'http://soapinterop.org/',
        type: exports.EchoStructAsSimpleTypesRequestSchema,
    },
    output: {
        name: 'echoStructAsSimpleTypesResponse',
        ns: 'http://soapinterop.org/',
        type: exports.EchoStructAsSimpleTypesResponseSchema,
    },
    returns: 'object',
};
/**
 * Descriptor of the `echoSimpleTypesAsStruct` body element.
 */
exports.EchoSimpleTypesAsStructRequestSchema = {
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
exports.EchoSimpleTypesAsStructResponseSchema = {
    kind: 'complex',
    name: 'echoSimpleTypesAsStructResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return exports.SOAPStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoSimpleTypesAsStruct operation.
 */
exports.EchoSimpleTypesAsStructOperation = {
    name: 'echoSimpleTypesAsStruct',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoSimpleTypesAsStruct',
        ns: 'http://soapinterop.org/',
        type: exports.EchoSimpleTypesAsStructRequestSchema,
    },
    output: {
        name: 'echoSimpleTypesAsStructResponse',
        ns: 'http://soapinterop.org/',
        type: exports.EchoSimpleTypesAsStructResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echo2DStringArray` body element.
 */
exports.Echo2DStringArrayRequestSchema = {
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
exports.Echo2DStringArrayResponseSchema = {
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
exports.Echo2DStringArrayOperation = {
    name: 'echo2DStringArray',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echo2DStringArray',
        ns: 'http://soapinterop.org/',
        type: exports.Echo2DStringArrayRequestSchema,
    },
    output: {
        name: 'echo2DStringArrayResponse',
        ns: 'http://soapinterop.org/',
        type: exports.Echo2DStringArrayResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echoNestedStruct` body element.
 */
exports.EchoNestedStructRequestSchema = {
    kind: 'complex',
    name: 'echoNestedStruct',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return exports.SOAPStructStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoNestedStructResponse` body element.
 */
exports.EchoNestedStructResponseSchema = {
    kind: 'complex',
    name: 'echoNestedStructResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return exports.SOAPStructStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoNestedStruct operation.
 */
exports.EchoNestedStructOperation = {
    name: 'echoNestedStruct',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoNestedStruct',
        ns: 'http://soapinterop.org/',
        type: exports.EchoNestedStructRequestSchema,
    },
    output: {
        name: 'echoNestedStructResponse',
        ns: 'http://soapinterop.org/',
        type: exports.EchoNestedStructResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `echoNestedArray` body element.
 */
exports.EchoNestedArrayRequestSchema = {
    kind: 'complex',
    name: 'echoNestedArray',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'inputStruct',
            ns: '',
            get type() {
                return exports.SOAPArrayStructSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `echoNestedArrayResponse` body element.
 */
exports.EchoNestedArrayResponseSchema = {
    kind: 'complex',
    name: 'echoNestedArrayResponse',
    namespace: 'http://soapinterop.org/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return exports.SOAPArrayStructSchema;
            },
        },
    ],
};
/**
 * Wire facts of the echoNestedArray operation.
 */
exports.EchoNestedArrayOperation = {
    name: 'echoNestedArray',
    action: 'http://soapinterop.org/',
    protocols: ['soap11'],
    style: 'rpc',
    encoded: true,
    input: {
        name: 'echoNestedArray',
        ns: 'http://soapinterop.org/',
        type: exports.EchoNestedArrayRequestSchema,
    },
    output: {
        name: 'echoNestedArrayResponse',
        ns: 'http://soapinterop.org/',
        type: exports.EchoNestedArrayResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    echoStructAsSimpleTypes: exports.EchoStructAsSimpleTypesOperation,
    echoSimpleTypesAsStruct: exports.EchoSimpleTypesAsStructOperation,
    echo2DStringArray: exports.Echo2DStringArrayOperation,
    echoNestedStruct: exports.EchoNestedStructOperation,
    echoNestedArray: exports.EchoNestedArrayOperation,
};
