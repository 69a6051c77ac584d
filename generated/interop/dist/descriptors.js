/** Where and how the service is served. */
export const SERVICE = {
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
export const PrioritySchema = {
    kind: 'enum',
    name: 'Priority',
    values: ['Low', 'Normal', 'High', 'very-high'],
};
/**
 * Descriptor of {@link ArrayOfPriority}.
 */
export const ArrayOfPrioritySchema = {
    kind: 'complex',
    name: 'ArrayOfPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'Priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Order}.
 */
export const OrderSchema = {
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
                return PrioritySchema;
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
                return OrderLineSchema;
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
                return ArrayOfIntSchema;
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
export const ArrayOfOrderLineSchema = {
    kind: 'complex',
    name: 'ArrayOfOrderLine',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'OrderLine',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return OrderLineSchema;
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
export const OrderLineSchema = {
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
                return LineNoteSchema;
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
export const ArrayOfLineNoteSchema = {
    kind: 'complex',
    name: 'ArrayOfLineNote',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'LineNote',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return LineNoteSchema;
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
export const LineNoteSchema = {
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
export const ArrayOfStringSchema = {
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
export const ArrayOfArrayOfIntSchema = {
    kind: 'complex',
    name: 'ArrayOfArrayOfInt',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ArrayOfInt',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ArrayOfIntSchema;
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
export const ArrayOfIntSchema = {
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
export const NullableResultSchema = {
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
export const ArrayOfShapeSchema = {
    kind: 'complex',
    name: 'ArrayOfShape',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'Shape',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ShapeSchema;
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
export const ShapeSchema = {
    kind: 'complex',
    name: 'Shape',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
    tag: 'Shape',
    abstract: true,
    get subtypes() {
        return [SquareSchema, TileSchema, CircleSchema];
    },
};
/**
 * Descriptor of {@link Square}.
 */
export const SquareSchema = {
    kind: 'complex',
    name: 'Square',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        { key: 'Label', ns: 'http://svcgen.test/interop/', type: 'string', optional: true },
        { key: 'Side', ns: 'http://svcgen.test/interop/', type: 'double' },
    ],
    tag: 'Square',
    get subtypes() {
        return [TileSchema];
    },
};
/**
 * Descriptor of {@link Tile}.
 */
export const TileSchema = {
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
export const CircleSchema = {
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
export const ScalarsSchema = {
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
export const SessionHeaderSchema = {
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
export const GuidSchema = 'string';
/**
 * Descriptor of {@link Char}.
 */
export const CharSchema = 'int';
/**
 * Descriptor of {@link StringArray}.
 */
export const StringArraySchema = {
    kind: 'complex',
    name: 'StringArray',
    namespace: 'http://svcgen.test/interop/AbstractTypes',
    fields: [{ key: 'String', ns: '', type: 'string', array: true, optional: true }],
};
/**
 * Descriptor of {@link EchoPriority2}.
 */
export const EchoPriority2Schema = {
    kind: 'complex',
    name: 'EchoPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link EchoPriorityResponse2}.
 */
export const EchoPriorityResponse2Schema = {
    kind: 'complex',
    name: 'EchoPriorityResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoPriorityResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ListPriorities2}.
 */
export const ListPriorities2Schema = {
    kind: 'complex',
    name: 'ListPriorities',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of {@link ListPrioritiesResponse2}.
 */
export const ListPrioritiesResponse2Schema = {
    kind: 'complex',
    name: 'ListPrioritiesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ListPrioritiesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
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
export const EchoOrder2Schema = {
    kind: 'complex',
    name: 'EchoOrder',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'order',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoOrderResponse2}.
 */
export const EchoOrderResponse2Schema = {
    kind: 'complex',
    name: 'EchoOrderResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoOrderResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoNullables2}.
 */
export const EchoNullables2Schema = {
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
export const EchoNullablesResponse2Schema = {
    kind: 'complex',
    name: 'EchoNullablesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoNullablesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return NullableResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Transform2}.
 */
export const Transform2Schema = {
    kind: 'complex',
    name: 'Transform',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'shapes',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ShapeSchema;
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
export const TransformResponse2Schema = {
    kind: 'complex',
    name: 'TransformResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'TransformResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ShapeSchema;
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
export const EchoGuid2Schema = {
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
export const EchoGuidResponse2Schema = {
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
export const AddDecimals2Schema = {
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
export const AddDecimalsResponse2Schema = {
    kind: 'complex',
    name: 'AddDecimalsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'AddDecimalsResult', ns: 'http://svcgen.test/interop/', type: 'decimal' }],
};
/**
 * Descriptor of {@link ReverseBytes2}.
 */
export const ReverseBytes2Schema = {
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
export const ReverseBytesResponse2Schema = {
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
export const EchoScalars2Schema = {
    kind: 'complex',
    name: 'EchoScalars',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'value',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link EchoScalarsResponse2}.
 */
export const EchoScalarsResponse2Schema = {
    kind: 'complex',
    name: 'EchoScalarsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoScalarsResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Divide2}.
 */
export const Divide2Schema = {
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
export const DivideResponse2Schema = {
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
export const Swap2Schema = {
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
export const SwapResponse2Schema = {
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
export const Touch2Schema = {
    kind: 'complex',
    name: 'Touch',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'note', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link TouchResponse2}.
 */
export const TouchResponse2Schema = {
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
export const Fail3Schema = {
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
export const FailResponseSchema = {
    kind: 'complex',
    name: 'FailResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of {@link Delay2}.
 */
export const Delay2Schema = {
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
export const DelayResponse2Schema = {
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
export const EchoPriorityRequestSchema = {
    kind: 'complex',
    name: 'EchoPriority',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'priority',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
            },
        },
    ],
};
/**
 * Descriptor of the `EchoPriorityResponse` body element.
 */
export const EchoPriorityResponseSchema = {
    kind: 'complex',
    name: 'EchoPriorityResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoPriorityResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
            },
        },
    ],
};
/**
 * Wire facts of the EchoPriority operation.
 */
export const EchoPriorityOperation = {
    name: 'EchoPriority',
    action: 'http://svcgen.test/interop/EchoPriority',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'EchoPriority',
        ns: 'http://svcgen.test/interop/',
        type: EchoPriorityRequestSchema,
    },
    output: {
        name: 'EchoPriorityResponse',
        ns: 'http://svcgen.test/interop/',
        type: EchoPriorityResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoPriorityResult',
};
/**
 * Descriptor of the `ListPriorities` body element.
 */
export const ListPrioritiesRequestSchema = {
    kind: 'complex',
    name: 'ListPriorities',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Descriptor of the `ListPrioritiesResponse` body element.
 */
export const ListPrioritiesResponseSchema = {
    kind: 'complex',
    name: 'ListPrioritiesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'ListPrioritiesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return PrioritySchema;
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
export const ListPrioritiesOperation = {
    name: 'ListPriorities',
    action: 'http://svcgen.test/interop/ListPriorities',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'ListPriorities',
        ns: 'http://svcgen.test/interop/',
        type: ListPrioritiesRequestSchema,
    },
    output: {
        name: 'ListPrioritiesResponse',
        ns: 'http://svcgen.test/interop/',
        type: ListPrioritiesResponseSchema,
    },
    returns: 'result',
    resultKey: 'ListPrioritiesResult',
};
/**
 * Descriptor of the `EchoOrder` body element.
 */
export const EchoOrderRequestSchema = {
    kind: 'complex',
    name: 'EchoOrder',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'order',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `EchoOrderResponse` body element.
 */
export const EchoOrderResponseSchema = {
    kind: 'complex',
    name: 'EchoOrderResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoOrderResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return OrderSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoOrder operation.
 */
export const EchoOrderOperation = {
    name: 'EchoOrder',
    action: 'http://svcgen.test/interop/EchoOrder',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoOrder', ns: 'http://svcgen.test/interop/', type: EchoOrderRequestSchema },
    output: {
        name: 'EchoOrderResponse',
        ns: 'http://svcgen.test/interop/',
        type: EchoOrderResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoOrderResult',
};
/**
 * Descriptor of the `EchoNullables` body element.
 */
export const EchoNullablesRequestSchema = {
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
export const EchoNullablesResponseSchema = {
    kind: 'complex',
    name: 'EchoNullablesResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoNullablesResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return NullableResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoNullables operation.
 */
export const EchoNullablesOperation = {
    name: 'EchoNullables',
    action: 'http://svcgen.test/interop/EchoNullables',
    protocols: ['soap11', 'soap12'],
    input: {
        name: 'EchoNullables',
        ns: 'http://svcgen.test/interop/',
        type: EchoNullablesRequestSchema,
    },
    output: {
        name: 'EchoNullablesResponse',
        ns: 'http://svcgen.test/interop/',
        type: EchoNullablesResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoNullablesResult',
};
/**
 * Descriptor of the `Transform` body element.
 */
export const TransformRequestSchema = {
    kind: 'complex',
    name: 'Transform',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'shapes',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ShapeSchema;
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
export const TransformResponseSchema = {
    kind: 'complex',
    name: 'TransformResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'TransformResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ShapeSchema;
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
export const TransformOperation = {
    name: 'Transform',
    action: 'http://svcgen.test/interop/Transform',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Transform', ns: 'http://svcgen.test/interop/', type: TransformRequestSchema },
    output: {
        name: 'TransformResponse',
        ns: 'http://svcgen.test/interop/',
        type: TransformResponseSchema,
    },
    returns: 'result',
    resultKey: 'TransformResult',
};
/**
 * Descriptor of the `EchoGuid` body element.
 */
export const EchoGuidRequestSchema = {
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
export const EchoGuidResponseSchema = {
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
export const EchoGuidOperation = {
    name: 'EchoGuid',
    action: 'http://svcgen.test/interop/EchoGuid',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoGuid', ns: 'http://svcgen.test/interop/', type: EchoGuidRequestSchema },
    output: {
        name: 'EchoGuidResponse',
        ns: 'http://svcgen.test/interop/',
        type: EchoGuidResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoGuidResult',
};
/**
 * Descriptor of the `AddDecimals` body element.
 */
export const AddDecimalsRequestSchema = {
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
export const AddDecimalsResponseSchema = {
    kind: 'complex',
    name: 'AddDecimalsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'AddDecimalsResult', ns: 'http://svcgen.test/interop/', type: 'decimal' }],
};
/**
 * Wire facts of the AddDecimals operation.
 */
export const AddDecimalsOperation = {
    name: 'AddDecimals',
    action: 'http://svcgen.test/interop/AddDecimals',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'AddDecimals', ns: 'http://svcgen.test/interop/', type: AddDecimalsRequestSchema },
    output: {
        name: 'AddDecimalsResponse',
        ns: 'http://svcgen.test/interop/',
        type: AddDecimalsResponseSchema,
    },
    returns: 'result',
    resultKey: 'AddDecimalsResult',
};
/**
 * Descriptor of the `ReverseBytes` body element.
 */
export const ReverseBytesRequestSchema = {
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
export const ReverseBytesResponseSchema = {
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
export const ReverseBytesOperation = {
    name: 'ReverseBytes',
    action: 'http://svcgen.test/interop/ReverseBytes',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'ReverseBytes',
        ns: 'http://svcgen.test/interop/',
        type: ReverseBytesRequestSchema,
    },
    output: {
        name: 'ReverseBytesResponse',
        ns: 'http://svcgen.test/interop/',
        type: ReverseBytesResponseSchema,
    },
    returns: 'result',
    resultKey: 'ReverseBytesResult',
};
/**
 * Descriptor of the `EchoScalars` body element.
 */
export const EchoScalarsRequestSchema = {
    kind: 'complex',
    name: 'EchoScalars',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'value',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `EchoScalarsResponse` body element.
 */
export const EchoScalarsResponseSchema = {
    kind: 'complex',
    name: 'EchoScalarsResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [
        {
            key: 'EchoScalarsResult',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return ScalarsSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the EchoScalars operation.
 */
export const EchoScalarsOperation = {
    name: 'EchoScalars',
    action: 'http://svcgen.test/interop/EchoScalars',
    protocols: ['soap11', 'soap12'],
    input: { name: 'EchoScalars', ns: 'http://svcgen.test/interop/', type: EchoScalarsRequestSchema },
    output: {
        name: 'EchoScalarsResponse',
        ns: 'http://svcgen.test/interop/',
        type: EchoScalarsResponseSchema,
    },
    returns: 'result',
    resultKey: 'EchoScalarsResult',
};
/**
 * Descriptor of the `Divide` body element.
 */
export const DivideRequestSchema = {
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
export const DivideResponseSchema = {
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
export const DivideOperation = {
    name: 'Divide',
    action: 'http://svcgen.test/interop/Divide',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Divide', ns: 'http://svcgen.test/interop/', type: DivideRequestSchema },
    output: { name: 'DivideResponse', ns: 'http://svcgen.test/interop/', type: DivideResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Swap` body element.
 */
export const SwapRequestSchema = {
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
export const SwapResponseSchema = {
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
export const SwapOperation = {
    name: 'Swap',
    action: 'http://svcgen.test/interop/Swap',
    protocols: ['soap11', 'soap12'],
    input: { name: 'Swap', ns: 'http://svcgen.test/interop/', type: SwapRequestSchema },
    output: { name: 'SwapResponse', ns: 'http://svcgen.test/interop/', type: SwapResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `Touch` body element.
 */
export const TouchRequestSchema = {
    kind: 'complex',
    name: 'Touch',
    namespace: 'http://svcgen.test/interop/',
    fields: [{ key: 'note', ns: 'http://svcgen.test/interop/', type: 'string', optional: true }],
};
/**
 * Descriptor of the `TouchResponse` body element.
 */
export const TouchResponseSchema = {
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
export const TouchOperation = {
    name: 'Touch',
    action: 'http://svcgen.test/interop/Touch',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Touch', ns: 'http://svcgen.test/interop/', type: TouchRequestSchema },
    output: { name: 'TouchResponse', ns: 'http://svcgen.test/interop/', type: TouchResponseSchema },
    returns: 'result',
    resultKey: 'TouchResult',
    headersIn: [
        {
            name: 'Session',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return SessionHeaderSchema;
            },
        },
    ],
    headersOut: [
        {
            name: 'Session',
            ns: 'http://svcgen.test/interop/',
            get type() {
                return SessionHeaderSchema;
            },
        },
    ],
};
/**
 * Descriptor of the `Fail` body element.
 */
export const Fail2RequestSchema = {
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
export const Fail2ResponseSchema = {
    kind: 'complex',
    name: 'FailResponse',
    namespace: 'http://svcgen.test/interop/',
    fields: [],
};
/**
 * Wire facts of the Fail operation.
 */
export const Fail2Operation = {
    name: 'Fail',
    action: 'http://svcgen.test/interop/Fail',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Fail', ns: 'http://svcgen.test/interop/', type: Fail2RequestSchema },
    output: { name: 'FailResponse', ns: 'http://svcgen.test/interop/', type: Fail2ResponseSchema },
    returns: 'void',
};
/**
 * Descriptor of the `Delay` body element.
 */
export const DelayRequestSchema = {
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
export const DelayResponseSchema = {
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
export const DelayOperation = {
    name: 'Delay',
    action: 'http://svcgen.test/interop/Delay',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: { name: 'Delay', ns: 'http://svcgen.test/interop/', type: DelayRequestSchema },
    output: { name: 'DelayResponse', ns: 'http://svcgen.test/interop/', type: DelayResponseSchema },
    returns: 'result',
    resultKey: 'DelayResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    echoPriority: EchoPriorityOperation,
    listPriorities: ListPrioritiesOperation,
    echoOrder: EchoOrderOperation,
    echoNullables: EchoNullablesOperation,
    transform: TransformOperation,
    echoGuid: EchoGuidOperation,
    addDecimals: AddDecimalsOperation,
    reverseBytes: ReverseBytesOperation,
    echoScalars: EchoScalarsOperation,
    divide: DivideOperation,
    swap: SwapOperation,
    touch: TouchOperation,
    fail: Fail2Operation,
    delay: DelayOperation,
};
