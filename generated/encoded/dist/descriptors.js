/** Where and how the service is served. */
export const SERVICE = {
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
export const ArrayOfPointSchema = {
    kind: 'complex',
    name: 'ArrayOfPoint',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'item',
            ns: '',
            get type() {
                return PointSchema;
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
export const PointSchema = {
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
export const DrawingSchema = {
    kind: 'complex',
    name: 'Drawing',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        { key: 'Name', ns: '', type: 'string', optional: true, xsd: 'string' },
        {
            key: 'Tint',
            ns: '',
            get type() {
                return TintSchema;
            },
            xsd: '{http://svcgen.test/encoded/}Tint',
        },
        { key: 'Scale', ns: '', type: 'decimal', xsd: 'decimal' },
        { key: 'Created', ns: '', type: 'dateTime', xsd: 'dateTime' },
        {
            key: 'Origin',
            ns: '',
            get type() {
                return PointSchema;
            },
            optional: true,
        },
        {
            key: 'Path',
            ns: '',
            get type() {
                return PointSchema;
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
export const TintSchema = {
    kind: 'enum',
    name: 'Tint',
    values: ['Red', 'Green', 'dark-blue'],
};
/**
 * Descriptor of {@link ArrayOfString}.
 */
export const ArrayOfStringSchema = {
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
export const MirrorRequestSchema = {
    kind: 'complex',
    name: 'Mirror',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'points',
            ns: '',
            get type() {
                return PointSchema;
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
export const MirrorResponseSchema = {
    kind: 'complex',
    name: 'MirrorResponse',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'MirrorResult',
            ns: '',
            get type() {
                return PointSchema;
            },
            array: true,
            item: { name: 'item', ns: '', encoded: true },
        },
    ],
};
/**
 * Wire facts of the Mirror operation.
 */
export const MirrorOperation = {
    name: 'Mirror',
    action: 'http://svcgen.test/encoded/Mirror',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Mirror', ns: 'http://svcgen.test/encoded/', type: MirrorRequestSchema },
    output: { name: 'MirrorResponse', ns: 'http://svcgen.test/encoded/', type: MirrorResponseSchema },
    returns: 'result',
    resultKey: 'MirrorResult',
};
/**
 * Descriptor of the `Concat` body element.
 */
export const ConcatRequestSchema = {
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
export const ConcatResponseSchema = {
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
export const ConcatOperation = {
    name: 'Concat',
    action: 'http://svcgen.test/encoded/Concat',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Concat', ns: 'http://svcgen.test/encoded/', type: ConcatRequestSchema },
    output: { name: 'ConcatResponse', ns: 'http://svcgen.test/encoded/', type: ConcatResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Redraw` body element.
 */
export const RedrawRequestSchema = {
    kind: 'complex',
    name: 'Redraw',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'd',
            ns: '',
            get type() {
                return DrawingSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `RedrawResponse` body element.
 */
export const RedrawResponseSchema = {
    kind: 'complex',
    name: 'RedrawResponse',
    namespace: 'http://svcgen.test/encoded/',
    fields: [
        {
            key: 'RedrawResult',
            ns: '',
            get type() {
                return DrawingSchema;
            },
        },
    ],
};
/**
 * Wire facts of the Redraw operation.
 */
export const RedrawOperation = {
    name: 'Redraw',
    action: 'http://svcgen.test/encoded/Redraw',
    protocols: ['soap11', 'soap12'],
    style: 'rpc',
    encoded: true,
    input: { name: 'Redraw', ns: 'http://svcgen.test/encoded/', type: RedrawRequestSchema },
    output: { name: 'RedrawResponse', ns: 'http://svcgen.test/encoded/', type: RedrawResponseSchema },
    returns: 'result',
    resultKey: 'RedrawResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    mirror: MirrorOperation,
    concat: ConcatOperation,
    redraw: RedrawOperation,
};
