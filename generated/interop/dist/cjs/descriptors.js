"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DelayResponse2Schema = exports.Delay2Schema = exports.FailResponseSchema = exports.Fail3Schema = exports.TouchResponse2Schema = exports.Touch2Schema = exports.SwapResponse2Schema = exports.Swap2Schema = exports.DivideResponse2Schema = exports.Divide2Schema = exports.EchoScalarsResponse2Schema = exports.EchoScalars2Schema = exports.ReverseBytesResponse2Schema = exports.ReverseBytes2Schema = exports.AddDecimalsResponse2Schema = exports.AddDecimals2Schema = exports.EchoGuidResponse2Schema = exports.EchoGuid2Schema = exports.TransformResponse2Schema = exports.Transform2Schema = exports.EchoNullablesResponse2Schema = exports.EchoNullables2Schema = exports.EchoOrderResponse2Schema = exports.EchoOrder2Schema = exports.ListPrioritiesResponse2Schema = exports.ListPriorities2Schema = exports.EchoPriorityResponse2Schema = exports.EchoPriority2Schema = exports.StringArraySchema = exports.CharSchema = exports.GuidSchema = exports.SessionHeaderSchema = exports.ScalarsSchema = exports.CircleSchema = exports.TileSchema = exports.SquareSchema = exports.ShapeSchema = exports.ArrayOfShapeSchema = exports.NullableResultSchema = exports.ArrayOfIntSchema = exports.ArrayOfArrayOfIntSchema = exports.ArrayOfStringSchema = exports.LineNoteSchema = exports.ArrayOfLineNoteSchema = exports.OrderLineSchema = exports.ArrayOfOrderLineSchema = exports.OrderSchema = exports.ArrayOfPrioritySchema = exports.PrioritySchema = exports.SERVICE = void 0;
exports.OPERATIONS = exports.DelayOperation = exports.DelayResponseSchema = exports.DelayRequestSchema = exports.Fail2Operation = exports.Fail2ResponseSchema = exports.Fail2RequestSchema = exports.TouchOperation = exports.TouchResponseSchema = exports.TouchRequestSchema = exports.SwapOperation = exports.SwapResponseSchema = exports.SwapRequestSchema = exports.DivideOperation = exports.DivideResponseSchema = exports.DivideRequestSchema = exports.EchoScalarsOperation = exports.EchoScalarsResponseSchema = exports.EchoScalarsRequestSchema = exports.ReverseBytesOperation = exports.ReverseBytesResponseSchema = exports.ReverseBytesRequestSchema = exports.AddDecimalsOperation = exports.AddDecimalsResponseSchema = exports.AddDecimalsRequestSchema = exports.EchoGuidOperation = exports.EchoGuidResponseSchema = exports.EchoGuidRequestSchema = exports.TransformOperation = exports.TransformResponseSchema = exports.TransformRequestSchema = exports.EchoNullablesOperation = exports.EchoNullablesResponseSchema = exports.EchoNullablesRequestSchema = exports.EchoOrderOperation = exports.EchoOrderResponseSchema = exports.EchoOrderRequestSchema = exports.ListPrioritiesOperation = exports.ListPrioritiesResponseSchema = exports.ListPrioritiesRequestSchema = exports.EchoPriorityOperation = exports.EchoPriorityResponseSchema = exports.EchoPriorityRequestSchema = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'Interop',
    endpoints: {
        soap11: 'http://localhost:8080/Interop.asmx',
        soap12: 'http://localhost:8080/Interop.asmx',
        'http-get': 'http://localhost:8080/Interop.asmx',
        'http-post': 'http://localhost:8080/Interop.asmx',
    },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Priority}.
 */
exports.PrioritySchema = {
    kind: 'enum',
    name: 'Priority',
    values: ['Low', 'Normal', 'High', 'very-high'],
};
/**
 * Descriptor of {@link ArrayOfPriority}.
 */
exports.ArrayOfPrioritySchema = {
    kind: 'complex',
    name: 'ArrayOfPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'Priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Order}.
 */
exports.OrderSchema = {
    kind: 'complex',
    name: 'Order',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Id', ns: 'http://svcgen.test/interop/', type: 'guid', facets: { format: 'guid' } },
        { key: 'Customer', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        {
            key: 'Priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
        },
        { key: 'DueDate', ns: 'http://svcgen.test/interop/', type: 'dateTime', nillable: true },
        {
            key: 'Rating',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            nillable: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'Total', ns: 'http://svcgen.test/interop/', type: 'decimal' },
        {
            key: 'Lines',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderLineSchema;
            },
            array: true,
            item: { name: 'OrderLine', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
        {
            key: 'Tags',
            ns: 'http://svcgen.test/interop/',
            type: 'string',
            array: true,
            item: { name: 'string', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
        { key: 'Attachment', ns: 'http://svcgen.test/interop/', type: 'base64Binary', optional: true },
        {
            key: 'Matrix',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ArrayOfIntSchema;
            },
            array: true,
            item: { name: 'ArrayOfInt', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfOrderLine}.
 */
exports.ArrayOfOrderLineSchema = {
    kind: 'complex',
    name: 'ArrayOfOrderLine',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'OrderLine',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderLineSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link OrderLine}.
 */
exports.OrderLineSchema = {
    kind: 'complex',
    name: 'OrderLine',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Sku', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        {
            key: 'Quantity',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'UnitPrice', ns: 'http://svcgen.test/interop/', type: 'decimal' },
        {
            key: 'Notes',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.LineNoteSchema;
            },
            array: true,
            item: { name: 'LineNote', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
        {
            key: 'LineNo',
            ns: '',
            node: 'attribute',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfLineNote}.
 */
exports.ArrayOfLineNoteSchema = {
    kind: 'complex',
    name: 'ArrayOfLineNote',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'LineNote',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.LineNoteSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link LineNote}.
 */
exports.LineNoteSchema = {
    kind: 'complex',
    name: 'LineNote',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Text', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'At', ns: 'http://svcgen.test/interop/', type: 'dateTime', nillable: true },
    ],
};
/**
 * Descriptor of {@link ArrayOfString}.
 */
exports.ArrayOfStringSchema = {
    kind: 'complex',
    name: 'ArrayOfString',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'string',
            ns: 'http://svcgen.test/interop/',
            type: 'string',
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfArrayOfInt}.
 */
exports.ArrayOfArrayOfIntSchema = {
    kind: 'complex',
    name: 'ArrayOfArrayOfInt',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ArrayOfInt',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ArrayOfIntSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link ArrayOfInt}.
 */
exports.ArrayOfIntSchema = {
    kind: 'complex',
    name: 'ArrayOfInt',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'int',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            array: true,
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link NullableResult}.
 */
exports.NullableResultSchema = {
    kind: 'complex',
    name: 'NullableResult',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'Count',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            nillable: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'When', ns: 'http://svcgen.test/interop/', type: 'dateTime', nillable: true },
        { key: 'Amount', ns: 'http://svcgen.test/interop/', type: 'decimal', nillable: true },
        { key: 'CountWasNull', ns: 'http://svcgen.test/interop/', type: 'boolean' },
        { key: 'WhenWasNull', ns: 'http://svcgen.test/interop/', type: 'boolean' },
        { key: 'AmountWasNull', ns: 'http://svcgen.test/interop/', type: 'boolean' },
    ],
};
/**
 * Descriptor of {@link ArrayOfShape}.
 */
exports.ArrayOfShapeSchema = {
    kind: 'complex',
    name: 'ArrayOfShape',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'Shape',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ShapeSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of {@link Shape}.
 */
exports.ShapeSchema = {
    kind: 'complex',
    name: 'Shape',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
    tag: 'Shape',
    abstract: true,
    get subtypes() {
        return [exports.SquareSchema, exports.TileSchema, exports.CircleSchema];
    },
};
/**
 * Descriptor of {@link Square}.
 */
exports.SquareSchema = {
    kind: 'complex',
    name: 'Square',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'Side', ns: 'http://svcgen.test/interop/', type: 'double' },
    ],
    tag: 'Square',
    get subtypes() {
        return [exports.TileSchema];
    },
};
/**
 * Descriptor of {@link Tile}.
 */
exports.TileSchema = {
    kind: 'complex',
    name: 'Tile',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'Side', ns: 'http://svcgen.test/interop/', type: 'double' },
        { key: 'Color', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
    tag: 'Tile',
};
/**
 * Descriptor of {@link Circle}.
 */
exports.CircleSchema = {
    kind: 'complex',
    name: 'Circle',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'Radius', ns: 'http://svcgen.test/interop/', type: 'double' },
    ],
    tag: 'Circle',
};
/**
 * Descriptor of {@link Scalars}.
 */
exports.ScalarsSchema = {
    kind: 'complex',
    name: 'Scalars',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Flag', ns: 'http://svcgen.test/interop/', type: 'boolean' },
        {
            key: 'Byte',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '0', maxInclusive: '255' },
        },
        {
            key: 'Short',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-32768', maxInclusive: '32767' },
        },
        {
            key: 'Long',
            ns: 'http://svcgen.test/interop/',
            type: 'long',
            facets: { minInclusive: '-9223372036854775808', maxInclusive: '9223372036854775807' },
        },
        { key: 'Single', ns: 'http://svcgen.test/interop/', type: 'float' },
        { key: 'Double', ns: 'http://svcgen.test/interop/', type: 'double' },
        { key: 'Char', ns: 'http://svcgen.test/interop/', type: 'string' },
        { key: 'When', ns: 'http://svcgen.test/interop/', type: 'dateTime' },
        { key: 'Text', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link SessionHeader}.
 */
exports.SessionHeaderSchema = {
    kind: 'complex',
    name: 'SessionHeader',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'SessionId', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        {
            key: 'Counter',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
    openKey: '$extra',
};
/**
 * Descriptor of {@link Guid}.
 */
exports.GuidSchema = 'string';
/**
 * Descriptor of {@link Char}.
 */
exports.CharSchema = 'int';
/**
 * Descriptor of {@link StringArray}.
 */
exports.StringArraySchema = {
    kind: 'complex',
    name: 'StringArray',
    namespace: 'http://svcgen.test/interop/AbstractTypes',
    fields: [{ key: 'String', ns: '', type: 'string', array: true, optional: true }],
};
/**
 * Descriptor of {@link EchoPriority2}.
 */
exports.EchoPriority2Schema = {
    kind: 'complex',
    name: 'EchoPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link EchoPriorityResponse2}.
 */
exports.EchoPriorityResponse2Schema = {
    kind: 'complex',
    name: 'EchoPriorityResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoPriorityResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ListPriorities2}.
 */
exports.ListPriorities2Schema = {
    kind: 'complex',
    name: 'ListPriorities',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of {@link ListPrioritiesResponse2}.
 */
exports.ListPrioritiesResponse2Schema = {
    kind: 'complex',
    name: 'ListPrioritiesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ListPrioritiesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
            array: true,
            item: { name: 'Priority', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoOrder2}.
 */
exports.EchoOrder2Schema = {
    kind: 'complex',
    name: 'EchoOrder',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'order',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoOrderResponse2}.
 */
exports.EchoOrderResponse2Schema = {
    kind: 'complex',
    name: 'EchoOrderResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoOrderResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoNullables2}.
 */
exports.EchoNullables2Schema = {
    kind: 'complex',
    name: 'EchoNullables',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'count',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            nillable: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'when', ns: 'http://svcgen.test/interop/', type: 'dateTime', nillable: true },
        { key: 'amount', ns: 'http://svcgen.test/interop/', type: 'decimal', nillable: true },
    ],
};
/**
 * Descriptor of {@link EchoNullablesResponse2}.
 */
exports.EchoNullablesResponse2Schema = {
    kind: 'complex',
    name: 'EchoNullablesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoNullablesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.NullableResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Transform2}.
 */
exports.Transform2Schema = {
    kind: 'complex',
    name: 'Transform',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'shapes',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ShapeSchema;
            },
            array: true,
            item: { name: 'Shape', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link TransformResponse2}.
 */
exports.TransformResponse2Schema = {
    kind: 'complex',
    name: 'TransformResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'TransformResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ShapeSchema;
            },
            array: true,
            item: { name: 'Shape', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoGuid2}.
 */
exports.EchoGuid2Schema = {
    kind: 'complex',
    name: 'EchoGuid',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'id', ns: 'http://svcgen.test/interop/', type: 'guid', facets: { format: 'guid' } },
    ],
};
/**
 * Descriptor of {@link EchoGuidResponse2}.
 */
exports.EchoGuidResponse2Schema = {
    kind: 'complex',
    name: 'EchoGuidResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoGuidResult',
            ns: 'http://svcgen.test/interop/',
            type: 'guid',
            facets: { format: 'guid' },
        },
    ],
};
/**
 * Descriptor of {@link AddDecimals2}.
 */
exports.AddDecimals2Schema = {
    kind: 'complex',
    name: 'AddDecimals',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'a', ns: 'http://svcgen.test/interop/', type: 'decimal' },
        { key: 'b', ns: 'http://svcgen.test/interop/', type: 'decimal' },
    ],
};
/**
 * Descriptor of {@link AddDecimalsResponse2}.
 */
exports.AddDecimalsResponse2Schema = {
    kind: 'complex',
    name: 'AddDecimalsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'AddDecimalsResult', ns: 'http://svcgen.test/interop/', type: 'decimal' }],
};
/**
 * Descriptor of {@link ReverseBytes2}.
 */
exports.ReverseBytes2Schema = {
    kind: 'complex',
    name: 'ReverseBytes',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'data', ns: 'http://svcgen.test/interop/', type: 'base64Binary', optional: true },
    ],
};
/**
 * Descriptor of {@link ReverseBytesResponse2}.
 */
exports.ReverseBytesResponse2Schema = {
    kind: 'complex',
    name: 'ReverseBytesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ReverseBytesResult',
            ns: 'http://svcgen.test/interop/',
            type: 'base64Binary',
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoScalars2}.
 */
exports.EchoScalars2Schema = {
    kind: 'complex',
    name: 'EchoScalars',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'value',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoScalarsResponse2}.
 */
exports.EchoScalarsResponse2Schema = {
    kind: 'complex',
    name: 'EchoScalarsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoScalarsResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Divide2}.
 */
exports.Divide2Schema = {
    kind: 'complex',
    name: 'Divide',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'dividend',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'divisor',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link DivideResponse2}.
 */
exports.DivideResponse2Schema = {
    kind: 'complex',
    name: 'DivideResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'DivideResult',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'remainder',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link Swap2}.
 */
exports.Swap2Schema = {
    kind: 'complex',
    name: 'Swap',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'left', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'right', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link SwapResponse2}.
 */
exports.SwapResponse2Schema = {
    kind: 'complex',
    name: 'SwapResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'left', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'right', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Touch2}.
 */
exports.Touch2Schema = {
    kind: 'complex',
    name: 'Touch',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'note', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link TouchResponse2}.
 */
exports.TouchResponse2Schema = {
    kind: 'complex',
    name: 'TouchResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'TouchResult', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Fail3}.
 */
exports.Fail3Schema = {
    kind: 'complex',
    name: 'Fail',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'code', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'message', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link FailResponse}.
 */
exports.FailResponseSchema = {
    kind: 'complex',
    name: 'FailResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of {@link Delay2}.
 */
exports.Delay2Schema = {
    kind: 'complex',
    name: 'Delay',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'milliseconds',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link DelayResponse2}.
 */
exports.DelayResponse2Schema = {
    kind: 'complex',
    name: 'DelayResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'DelayResult',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of the `EchoPriority` body element.
 */
exports.EchoPriorityRequestSchema = {
    kind: 'complex',
    name: 'EchoPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of the `EchoPriorityResponse` body element.
 */
exports.EchoPriorityResponseSchema = {
    kind: 'complex',
    name: 'EchoPriorityResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoPriorityResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
        },
    ],
};
/**
 * Wire facts of the EchoPriority operation.
 */
exports.EchoPriorityOperation = {
    name: 'EchoPriority',
    action: 'http://svcgen.test/interop/EchoPriority',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'EchoPriority',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoPriorityRequestSchema,
    },
    output: {
        name: 'EchoPriorityResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoPriorityResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoPriorityResult',
};
/**
 * Descriptor of the `ListPriorities` body element.
 */
exports.ListPrioritiesRequestSchema = {
    kind: 'complex',
    name: 'ListPriorities',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of the `ListPrioritiesResponse` body element.
 */
exports.ListPrioritiesResponseSchema = {
    kind: 'complex',
    name: 'ListPrioritiesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ListPrioritiesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.PrioritySchema;
            },
            array: true,
            item: { name: 'Priority', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the ListPriorities operation.
 */
exports.ListPrioritiesOperation = {
    name: 'ListPriorities',
    action: 'http://svcgen.test/interop/ListPriorities',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'ListPriorities',
        ns: 'http://svcgen.test/interop/',
        type: exports.ListPrioritiesRequestSchema,
    },
    output: {
        name: 'ListPrioritiesResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.ListPrioritiesResponseSchema,
    },
    returns: 'result',
    resultKey: 'ListPrioritiesResult',
};
/**
 * Descriptor of the `EchoOrder` body element.
 */
exports.EchoOrderRequestSchema = {
    kind: 'complex',
    name: 'EchoOrder',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'order',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `EchoOrderResponse` body element.
 */
exports.EchoOrderResponseSchema = {
    kind: 'complex',
    name: 'EchoOrderResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoOrderResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoOrder operation.
 */
exports.EchoOrderOperation = {
    name: 'EchoOrder',
    action: 'http://svcgen.test/interop/EchoOrder',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoOrder', ns: 'http://svcgen.test/interop/', type: exports.EchoOrderRequestSchema },
    output: {
        name: 'EchoOrderResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoOrderResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoOrderResult',
};
/**
 * Descriptor of the `EchoNullables` body element.
 */
exports.EchoNullablesRequestSchema = {
    kind: 'complex',
    name: 'EchoNullables',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'count',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            nillable: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'when', ns: 'http://svcgen.test/interop/', type: 'dateTime', nillable: true },
        { key: 'amount', ns: 'http://svcgen.test/interop/', type: 'decimal', nillable: true },
    ],
};
/**
 * Descriptor of the `EchoNullablesResponse` body element.
 */
exports.EchoNullablesResponseSchema = {
    kind: 'complex',
    name: 'EchoNullablesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoNullablesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.NullableResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoNullables operation.
 */
exports.EchoNullablesOperation = {
    name: 'EchoNullables',
    action: 'http://svcgen.test/interop/EchoNullables',
    protocols: ['soap11', 'soap12'],
    input: {
        name: 'EchoNullables',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoNullablesRequestSchema,
    },
    output: {
        name: 'EchoNullablesResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoNullablesResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoNullablesResult',
};
/**
 * Descriptor of the `Transform` body element.
 */
exports.TransformRequestSchema = {
    kind: 'complex',
    name: 'Transform',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'shapes',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ShapeSchema;
            },
            array: true,
            item: { name: 'Shape', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `TransformResponse` body element.
 */
exports.TransformResponseSchema = {
    kind: 'complex',
    name: 'TransformResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'TransformResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ShapeSchema;
            },
            array: true,
            item: { name: 'Shape', ns: 'http://svcgen.test/interop/' },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the Transform operation.
 */
exports.TransformOperation = {
    name: 'Transform',
    action: 'http://svcgen.test/interop/Transform',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Transform', ns: 'http://svcgen.test/interop/', type: exports.TransformRequestSchema },
    output: {
        name: 'TransformResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.TransformResponseSchema,
    },
    returns: 'result',
    resultKey: 'TransformResult',
};
/**
 * Descriptor of the `EchoGuid` body element.
 */
exports.EchoGuidRequestSchema = {
    kind: 'complex',
    name: 'EchoGuid',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'id', ns: 'http://svcgen.test/interop/', type: 'guid', facets: { format: 'guid' } },
    ],
};
/**
 * Descriptor of the `EchoGuidResponse` body element.
 */
exports.EchoGuidResponseSchema = {
    kind: 'complex',
    name: 'EchoGuidResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoGuidResult',
            ns: 'http://svcgen.test/interop/',
            type: 'guid',
            facets: { format: 'guid' },
        },
    ],
};
/**
 * Wire facts of the EchoGuid operation.
 */
exports.EchoGuidOperation = {
    name: 'EchoGuid',
    action: 'http://svcgen.test/interop/EchoGuid',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoGuid', ns: 'http://svcgen.test/interop/', type: exports.EchoGuidRequestSchema },
    output: {
        name: 'EchoGuidResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoGuidResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoGuidResult',
};
/**
 * Descriptor of the `AddDecimals` body element.
 */
exports.AddDecimalsRequestSchema = {
    kind: 'complex',
    name: 'AddDecimals',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'a', ns: 'http://svcgen.test/interop/', type: 'decimal' },
        { key: 'b', ns: 'http://svcgen.test/interop/', type: 'decimal' },
    ],
};
/**
 * Descriptor of the `AddDecimalsResponse` body element.
 */
exports.AddDecimalsResponseSchema = {
    kind: 'complex',
    name: 'AddDecimalsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'AddDecimalsResult', ns: 'http://svcgen.test/interop/', type: 'decimal' }],
};
/**
 * Wire facts of the AddDecimals operation.
 */
exports.AddDecimalsOperation = {
    name: 'AddDecimals',
    action: 'http://svcgen.test/interop/AddDecimals',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'AddDecimals', ns: 'http://svcgen.test/interop/', type: exports.AddDecimalsRequestSchema },
    output: {
        name: 'AddDecimalsResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.AddDecimalsResponseSchema,
    },
    returns: 'result',
    resultKey: 'AddDecimalsResult',
};
/**
 * Descriptor of the `ReverseBytes` body element.
 */
exports.ReverseBytesRequestSchema = {
    kind: 'complex',
    name: 'ReverseBytes',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'data', ns: 'http://svcgen.test/interop/', type: 'base64Binary', optional: true },
    ],
};
/**
 * Descriptor of the `ReverseBytesResponse` body element.
 */
exports.ReverseBytesResponseSchema = {
    kind: 'complex',
    name: 'ReverseBytesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ReverseBytesResult',
            ns: 'http://svcgen.test/interop/',
            type: 'base64Binary',
            optional: true,
        },
    ],
};
/**
 * Wire facts of the ReverseBytes operation.
 */
exports.ReverseBytesOperation = {
    name: 'ReverseBytes',
    action: 'http://svcgen.test/interop/ReverseBytes',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'ReverseBytes',
        ns: 'http://svcgen.test/interop/',
        type: exports.ReverseBytesRequestSchema,
    },
    output: {
        name: 'ReverseBytesResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.ReverseBytesResponseSchema,
    },
    returns: 'result',
    resultKey: 'ReverseBytesResult',
};
/**
 * Descriptor of the `EchoScalars` body element.
 */
exports.EchoScalarsRequestSchema = {
    kind: 'complex',
    name: 'EchoScalars',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'value',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `EchoScalarsResponse` body element.
 */
exports.EchoScalarsResponseSchema = {
    kind: 'complex',
    name: 'EchoScalarsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoScalarsResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoScalars operation.
 */
exports.EchoScalarsOperation = {
    name: 'EchoScalars',
    action: 'http://svcgen.test/interop/EchoScalars',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoScalars', ns: 'http://svcgen.test/interop/', type: exports.EchoScalarsRequestSchema },
    output: {
        name: 'EchoScalarsResponse',
        ns: 'http://svcgen.test/interop/',
        type: exports.EchoScalarsResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoScalarsResult',
};
/**
 * Descriptor of the `Divide` body element.
 */
exports.DivideRequestSchema = {
    kind: 'complex',
    name: 'Divide',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'dividend',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'divisor',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of the `DivideResponse` body element.
 */
exports.DivideResponseSchema = {
    kind: 'complex',
    name: 'DivideResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'DivideResult',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'remainder',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Wire facts of the Divide operation.
 */
exports.DivideOperation = {
    name: 'Divide',
    action: 'http://svcgen.test/interop/Divide',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Divide', ns: 'http://svcgen.test/interop/', type: exports.DivideRequestSchema },
    output: { name: 'DivideResponse', ns: 'http://svcgen.test/interop/', type: exports.DivideResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Swap` body element.
 */
exports.SwapRequestSchema = {
    kind: 'complex',
    name: 'Swap',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'left', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'right', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `SwapResponse` body element.
 */
exports.SwapResponseSchema = {
    kind: 'complex',
    name: 'SwapResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'left', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'right', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the Swap operation.
 */
exports.SwapOperation = {
    name: 'Swap',
    action: 'http://svcgen.test/interop/Swap',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Swap', ns: 'http://svcgen.test/interop/', type: exports.SwapRequestSchema },
    output: { name: 'SwapResponse', ns: 'http://svcgen.test/interop/', type: exports.SwapResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Touch` body element.
 */
exports.TouchRequestSchema = {
    kind: 'complex',
    name: 'Touch',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'note', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
};
/**
 * Descriptor of the `TouchResponse` body element.
 */
exports.TouchResponseSchema = {
    kind: 'complex',
    name: 'TouchResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'TouchResult', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the Touch operation.
 */
exports.TouchOperation = {
    name: 'Touch',
    action: 'http://svcgen.test/interop/Touch',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Touch', ns: 'http://svcgen.test/interop/', type: exports.TouchRequestSchema },
    output: { name: 'TouchResponse', ns: 'http://svcgen.test/interop/', type: exports.TouchResponseSchema },
    returns: 'result',
    resultKey: 'TouchResult',
    headersIn: [
        {
            name: 'Session',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.SessionHeaderSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'Session',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return exports.SessionHeaderSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `Fail` body element.
 */
exports.Fail2RequestSchema = {
    kind: 'complex',
    name: 'Fail',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'code', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'message', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `FailResponse` body element.
 */
exports.Fail2ResponseSchema = {
    kind: 'complex',
    name: 'FailResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Wire facts of the Fail operation.
 */
exports.Fail2Operation = {
    name: 'Fail',
    action: 'http://svcgen.test/interop/Fail',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Fail', ns: 'http://svcgen.test/interop/', type: exports.Fail2RequestSchema },
    output: { name: 'FailResponse', ns: 'http://svcgen.test/interop/', type: exports.Fail2ResponseSchema },
    returns: 'void',
};
/**
 * Descriptor of the `Delay` body element.
 */
exports.DelayRequestSchema = {
    kind: 'complex',
    name: 'Delay',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'milliseconds',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of the `DelayResponse` body element.
 */
exports.DelayResponseSchema = {
    kind: 'complex',
    name: 'DelayResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'DelayResult',
            ns: 'http://svcgen.test/interop/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Wire facts of the Delay operation.
 */
exports.DelayOperation = {
    name: 'Delay',
    action: 'http://svcgen.test/interop/Delay',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Delay', ns: 'http://svcgen.test/interop/', type: exports.DelayRequestSchema },
    output: { name: 'DelayResponse', ns: 'http://svcgen.test/interop/', type: exports.DelayResponseSchema },
    returns: 'result',
    resultKey: 'DelayResult',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    echoPriority: exports.EchoPriorityOperation,
    listPriorities: exports.ListPrioritiesOperation,
    echoOrder: exports.EchoOrderOperation,
    echoNullables: exports.EchoNullablesOperation,
    transform: exports.TransformOperation,
    echoGuid: exports.EchoGuidOperation,
    addDecimals: exports.AddDecimalsOperation,
    reverseBytes: exports.ReverseBytesOperation,
    echoScalars: exports.EchoScalarsOperation,
    divide: exports.DivideOperation,
    swap: exports.SwapOperation,
    touch: exports.TouchOperation,
    fail: exports.Fail2Operation,
    delay: exports.DelayOperation,
};
