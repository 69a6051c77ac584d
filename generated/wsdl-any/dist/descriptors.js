/** Where and how the service is served. */
export const SERVICE = {
    name: 'AnyContent',
    endpoints: { soap11: 'http://localhost:9000/SoapContext/SoapPort' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link SayHi2}.
 */
export const SayHi2Schema = {
    kind: 'complex',
    name: 'sayHi',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return SayHiPortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link SayHiPort}.
 */
export const SayHiPortSchema = {
    kind: 'complex',
    name: 'sayHi_port',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [],
    openKey: '$extra',
};
/**
 * Descriptor of {@link SayHi12}.
 */
export const SayHi12Schema = {
    kind: 'complex',
    name: 'sayHi1',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return SayHi1PortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link SayHi1Port}.
 */
export const SayHi1PortSchema = {
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
export const SayHiResponse2Schema = {
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
export const SayHiRequestSchema = {
    kind: 'complex',
    name: 'sayHi',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return SayHiPortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `sayHiResponse` body element.
 */
export const SayHiResponseSchema = {
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
export const SayHiOperation = {
    name: 'sayHi',
    protocols: ['soap11'],
    input: {
        name: 'sayHi',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: SayHiRequestSchema,
    },
    output: {
        name: 'sayHiResponse',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: SayHiResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
};
/**
 * Descriptor of the `sayHi1` body element.
 */
export const SayHi1RequestSchema = {
    kind: 'complex',
    name: 'sayHi1',
    namespace: 'http://apache.org/hello_world_soap_http/any_types',
    fields: [
        {
            key: 'port',
            ns: 'http://apache.org/hello_world_soap_http/any_types',
            get type() {
                return SayHi1PortSchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `sayHiResponse` body element.
 */
export const SayHi1ResponseSchema = {
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
export const SayHi1Operation = {
    name: 'sayHi1',
    protocols: ['soap11'],
    input: {
        name: 'sayHi1',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: SayHi1RequestSchema,
    },
    output: {
        name: 'sayHiResponse',
        ns: 'http://apache.org/hello_world_soap_http/any_types',
        type: SayHi1ResponseSchema,
    },
    returns: 'result',
    resultKey: 'responseType',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    sayHi: SayHiOperation,
    sayHi1: SayHi1Operation,
};
