"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.SayHi1Operation = exports.SayHi1ResponseSchema = exports.SayHi1RequestSchema = exports.SayHiOperation = exports.SayHiResponseSchema = exports.SayHiRequestSchema = exports.SayHiResponse2Schema = exports.SayHi1PortSchema = exports.SayHi12Schema = exports.SayHiPortSchema = exports.SayHi2Schema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'AnyContent',
    endpoints: { soap11: 'http://localhost:9000/SoapContext/SoapPort' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link SayHi2}.
 */
exports.SayHi2Schema = {
    kind: 'complex',
    name: 'sayHi',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return exports.SayHiPortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link SayHiPort}.
 */
exports.SayHiPortSchema = {
    kind: 'complex',
    name: 'sayHi_port',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [],
    openKey: '$extra',
};
/**
 * Descriptor of {@link SayHi12}.
 */
exports.SayHi12Schema = {
    kind: 'complex',
    name: 'sayHi1',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return exports.SayHi1PortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link SayHi1Port}.
 */
exports.SayHi1PortSchema = {
    kind: 'complex',
    name: 'sayHi1_port',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        { key: 'requestType', ns: 'http://apache.org/hello_world_soap_http/any_types', type: 'string' },
    ],
};
/**
 * Descriptor of {@link SayHiResponse2}.
 */
exports.SayHiResponse2Schema = {
    kind: 'complex',
    name: 'sayHiResponse',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            type: 'string',
        },
    ],
};
/**
 * Descriptor of the `sayHi` body element.
 */
exports.SayHiRequestSchema = {
    kind: 'complex',
    name: 'sayHi',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return exports.SayHiPortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `sayHiResponse` body element.
 */
exports.SayHiResponseSchema = {
    kind: 'complex',
    name: 'sayHiResponse',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            type: 'string',
        },
    ],
};
/**
 * Wire facts of the sayHi operation.
 */
exports.SayHiOperation = {
    name: 'sayHi',
    protocols: ['soap11'],
    input: {
        name: 'sayHi',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: exports.SayHiRequestSchema,
    },
    output: {
        name: 'sayHiResponse',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: exports.SayHiResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
};
/**
 * Descriptor of the `sayHi1` body element.
 */
exports.SayHi1RequestSchema = {
    kind: 'complex',
    name: 'sayHi1',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return exports.SayHi1PortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `sayHiResponse` body element.
 */
exports.SayHi1ResponseSchema = {
    kind: 'complex',
    name: 'sayHiResponse',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'responseType',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            type: 'string',
        },
    ],
};
/**
 * Wire facts of the sayHi1 operation.
 */
exports.SayHi1Operation = {
    name: 'sayHi1',
    protocols: ['soap11'],
    input: {
        name: 'sayHi1',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: exports.SayHi1RequestSchema,
    },
    output: {
        name: 'sayHiResponse',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: exports.SayHi1ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    sayHi: exports.SayHiOperation,
    sayHi1: exports.SayHi1Operation,
};
