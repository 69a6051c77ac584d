"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.RedrawOperation = exports.RedrawResponseSchema = exports.RedrawRequestSchema = exports.ConcatOperation = exports.ConcatResponseSchema = exports.ConcatRequestSchema = exports.MirrorOperation = exports.MirrorResponseSchema = exports.MirrorRequestSchema = exports.ArrayOfStringSchema = exports.TintSchema = exports.DrawingSchema = exports.PointSchema = exports.ArrayOfPointSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'Encoded',
    endpoints: {
        soap11: 'http://localhost:8080/Encoded.asmx',
        soap12: 'http://localhost:8080/Encoded.asmx',
        'http-get': 'http://localhost:8080/Encoded.asmx',
        'http-post': 'http://localhost:8080/Encoded.asmx',
    },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link ArrayOfPoint}.
 */
exports.ArrayOfPointSchema = {
    kind: 'complex',
    name: 'ArrayOfPoint',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'item',
            ns: '',
            get type() {
                return exports.PointSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link Point}.
 */
exports.PointSchema = {
    kind: 'complex',
    name: 'Point',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'X',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
            xsd: 'int',
        },
        {
            key: 'Y',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
            xsd: 'int',
        },
        { key: 'Label', ns: '', type: 'string', optional: true, xsd: 'string' },
    ],
};
/**
 * Descriptor of {@link Drawing}.
 */
exports.DrawingSchema = {
    kind: 'complex',
    name: 'Drawing',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        { key: 'Name', ns: '', type: 'string', optional: true, xsd: 'string' },
        {
            key: 'Tint',
            ns: '',
            get type() {
                return exports.TintSchema;
            },
            xsd: '{http://svcgen.test/encoded/}Tint',
        },
        { key: 'Scale', ns: '', type: 'decimal', xsd: 'decimal' },
        { key: 'Created', ns: '', type: 'dateTime', xsd: 'dateTime' },
        {
            key: 'Origin',
            ns: '',
            get type() {
                return exports.PointSchema;
            },
            optional: true,
        },
        {
            key: 'Path',
            ns: '',
            get type() {
                return exports.PointSchema;
            },
            array: true,
            item: { name: 'item', ns: '', encoded: true },
            optional: true,
        },
        {
            key: 'Tags',
            ns: '',
            type: 'string',
            array: true,
            item: { name: 'item', ns: '', encoded: true },
            optional: true,
            xsd: 'string',
        },
        { key: 'Thumbnail', ns: '', type: 'base64Binary', optional: true, xsd: 'base64Binary' },
    ],
};
/**
 * Descriptor of {@link Tint}.
 */
exports.TintSchema = {
    kind: 'enum',
    name: 'Tint',
    values: ['Red', 'Green', 'dark-blue'],
};
/**
 * Descriptor of {@link ArrayOfString}.
 */
exports.ArrayOfStringSchema = {
    kind: 'complex',
    name: 'ArrayOfString',
    namespace: 'http://svcgen.test/encoded/',
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
 * Descriptor of the `Mirror` body element.
 */
exports.MirrorRequestSchema = {
    kind: 'complex',
    name: 'Mirror',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'points',
            ns: '',
            get type() {
                return exports.PointSchema;
            },
            array: true,
            item: { name: 'item', ns: '', encoded: true },
        },
        {
            key: 'offset',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
            xsd: 'int',
        },
    ],
};
/**
 * Descriptor of the `MirrorResponse` body element.
 */
exports.MirrorResponseSchema = {
    kind: 'complex',
    name: 'MirrorResponse',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'MirrorResult',
            ns: '',
            get type() {
                return exports.PointSchema;
            },
            array: true,
            item: { name: 'item', ns: '', encoded: true },
        },
    ],
};
/**
 * Wire facts of the Mirror operation.
 */
exports.MirrorOperation = {
    name: 'Mirror',
    action: 'http://svcgen.test/encoded/Mirror',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Mirror', ns: 'http://svcgen.test/encoded/', type: exports.MirrorRequestSchema },
    output: { name: 'MirrorResponse', ns: 'http://svcgen.test/encoded/', type: exports.MirrorResponseSchema },
    returns: 'result',
    resultKey: 'MirrorResult',
};
/**
 * Descriptor of the `Concat` body element.
 */
exports.ConcatRequestSchema = {
    kind: 'complex',
    name: 'Concat',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        { key: 'a', ns: '', type: 'string', xsd: 'string' },
        { key: 'b', ns: '', type: 'string', xsd: 'string' },
    ],
};
/**
 * Descriptor of the `ConcatResponse` body element.
 */
exports.ConcatResponseSchema = {
    kind: 'complex',
    name: 'ConcatResponse',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        { key: 'ConcatResult', ns: '', type: 'string', xsd: 'string' },
        {
            key: 'length',
            ns: '',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
            xsd: 'int',
        },
    ],
};
/**
 * Wire facts of the Concat operation.
 */
exports.ConcatOperation = {
    name: 'Concat',
    action: 'http://svcgen.test/encoded/Concat',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Concat', ns: 'http://svcgen.test/encoded/', type: exports.ConcatRequestSchema },
    output: { name: 'ConcatResponse', ns: 'http://svcgen.test/encoded/', type: exports.ConcatResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Redraw` body element.
 */
exports.RedrawRequestSchema = {
    kind: 'complex',
    name: 'Redraw',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'd',
            ns: '',
            get type() {
                return exports.DrawingSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `RedrawResponse` body element.
 */
exports.RedrawResponseSchema = {
    kind: 'complex',
    name: 'RedrawResponse',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'RedrawResult',
            ns: '',
            get type() {
                return exports.DrawingSchema;
            },
        },
    ],
};
/**
 * Wire facts of the Redraw operation.
 */
exports.RedrawOperation = {
    name: 'Redraw',
    action: 'http://svcgen.test/encoded/Redraw',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Redraw', ns: 'http://svcgen.test/encoded/', type: exports.RedrawRequestSchema },
    output: { name: 'RedrawResponse', ns: 'http://svcgen.test/encoded/', type: exports.RedrawResponseSchema },
    returns: 'result',
    resultKey: 'RedrawResult',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    mirror: exports.MirrorOperation,
    concat: exports.ConcatOperation,
    redraw: exports.RedrawOperation,
};
