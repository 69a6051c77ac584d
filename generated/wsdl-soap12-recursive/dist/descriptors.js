/** Where and how the service is served. */
export const SERVICE = {
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
export const NodeSchema = {
    kind: 'complex',
    name: 'Node',
    namespace: 'http://tempuri.org/',
    fields: [
        { key: 'Name', ns: 'http://tempuri.org/', type: 'string', optional: true },
        {
            key: 'Children',
            ns: 'http://tempuri.org/',
            get type() {
                return NodeSchema;
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
export const ArrayOfNodeSchema = {
    kind: 'complex',
    name: 'ArrayOfNode',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'Node',
            ns: 'http://tempuri.org/',
            get type() {
                return NodeSchema;
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
export const GetNodes2Schema = {
    kind: 'complex',
    name: 'GetNodes',
    namespace: 'http://tempuri.org/',
    fields: [],
};
/**
 * Descriptor of {@link GetNodesResponse2}.
 */
export const GetNodesResponse2Schema = {
    kind: 'complex',
    name: 'GetNodesResponse',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'GetNodesResult',
            ns: 'http://tempuri.org/',
            get type() {
                return NodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `GetNodes` body element.
 */
export const GetNodesRequestSchema = {
    kind: 'complex',
    name: 'GetNodes',
    namespace: 'http://tempuri.org/',
    fields: [],
};
/**
 * Descriptor of the `GetNodesResponse` body element.
 */
export const GetNodesResponseSchema = {
    kind: 'complex',
    name: 'GetNodesResponse',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'GetNodesResult',
            ns: 'http://tempuri.org/',
            get type() {
                return NodeSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the GetNodes operation.
 */
export const GetNodesOperation = {
    name: 'GetNodes',
    action: 'http://tempuri.org/GetNodes',
    protocols: ['soap11', 'soap12'],
    input: { name: 'GetNodes', ns: 'http://tempuri.org/', type: GetNodesRequestSchema },
    output: { name: 'GetNodesResponse', ns: 'http://tempuri.org/', type: GetNodesResponseSchema },
    returns: 'result',
    resultKey: 'GetNodesResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    getNodes: GetNodesOperation,
};
