"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.GetNodesOperation = exports.GetNodesResponseSchema = exports.GetNodesRequestSchema = exports.GetNodesResponse2Schema = exports.GetNodes2Schema = exports.ArrayOfNodeSchema = exports.NodeSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'SelfReferencing',
    endpoints: {
        soap11: 'http://localhost:20400/Service1.asmx',
        soap12: 'http://localhost:20400/Service1.asmx',
    },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Node}.
 */
exports.NodeSchema = {
    kind: 'complex',
    name: 'Node',
    namespace: 'http://tempuri.org/',
    fields: [
        { key: 'Name', ns: 'http://tempuri.org/', type: 'string', optional: true },
        {
            key: 'Children',
            ns: 'http://tempuri.org/',
            get type() {
                return exports.NodeSchema;
            },
            array: true,
            item: { name: 'Node', ns: 'http://tempuri.org/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfNode}.
 */
exports.ArrayOfNodeSchema = {
    kind: 'complex',
    name: 'ArrayOfNode',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'Node',
            ns: 'http://tempuri.org/',
            get type() {
                return exports.NodeSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link GetNodes2}.
 */
exports.GetNodes2Schema = {
    kind: 'complex',
    name: 'GetNodes',
    namespace: 'http://tempuri.org/',
    fields: [],
};
/**
 * Descriptor of {@link GetNodesResponse2}.
 */
exports.GetNodesResponse2Schema = {
    kind: 'complex',
    name: 'GetNodesResponse',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'GetNodesResult',
            ns: 'http://tempuri.org/',
            get type() {
                return exports.NodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `GetNodes` body element.
 */
exports.GetNodesRequestSchema = {
    kind: 'complex',
    name: 'GetNodes',
    namespace: 'http://tempuri.org/',
    fields: [],
};
/**
 * Descriptor of the `GetNodesResponse` body element.
 */
exports.GetNodesResponseSchema = {
    kind: 'complex',
    name: 'GetNodesResponse',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'GetNodesResult',
            ns: 'http://tempuri.org/',
            get type() {
                return exports.NodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the GetNodes operation.
 */
exports.GetNodesOperation = {
    name: 'GetNodes',
    action: 'http://tempuri.org/GetNodes',
    protocols: ['soap11', 'soap12'],
    input: { name: 'GetNodes', ns: 'http://tempuri.org/', type: exports.GetNodesRequestSchema },
    output: { name: 'GetNodesResponse', ns: 'http://tempuri.org/', type: exports.GetNodesResponseSchema },
    returns: 'result',
    resultKey: 'GetNodesResult',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    getNodes: exports.GetNodesOperation,
};
