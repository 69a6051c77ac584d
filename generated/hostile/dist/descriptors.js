/** Where and how the service is served. */
export const SERVICE = {
    name: 'Hostile',
    endpoints: { soap11: 'http://127.0.0.1:1/Hostile.asmx' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Enum}.
 */
export const EnumSchema = {
    kind: 'enum',
    name: 'enum',
    values: ['delete', 'default', '__proto__', 'constructor', 'Value', 'VALUE', 'first.name', '名前'],
};
/**
 * Descriptor of {@link Class2}.
 */
export const Class2Schema = {
    kind: 'complex',
    name: 'class',
    namespace: 'urn:hostile',
    fields: [
        { key: 'default', ns: 'urn:hostile', type: 'string', optional: true },
        {
            key: 'function',
            ns: 'urn:hostile',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'new', ns: 'urn:hostile', type: 'boolean' },
        {
            key: 'enum',
            ns: 'urn:hostile',
            get type() {
                return EnumSchema;
            },
        },
        {
            key: 'interface',
            ns: 'urn:hostile',
            get type() {
                return InterfaceSchema;
            },
            optional: true,
        },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'constructor', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'toString', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'hasOwnProperty', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'Value', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'VALUE', ns: 'urn:hostile', type: 'decimal' },
        { key: 'first.name', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'last-name', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'Straße', ns: 'urn:hostile', type: 'string', optional: true },
        { key: '名前', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Interface}.
 */
export const InterfaceSchema = {
    kind: 'complex',
    name: 'interface',
    namespace: 'urn:hostile',
    fields: [
        {
            key: '__proto__',
            ns: 'urn:hostile',
            get type() {
                return Item3Schema;
            },
            optional: true,
        },
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return Item4Schema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Item3}.
 */
export const Item3Schema = {
    kind: 'complex',
    name: 'Item',
    namespace: 'urn:hostile',
    fields: [{ key: 'Value', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link Item4}.
 */
export const Item4Schema = {
    kind: 'complex',
    name: 'item',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'VALUE',
            ns: 'urn:hostile',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link Promise2}.
 */
export const Promise2Schema = {
    kind: 'complex',
    name: 'Promise',
    namespace: 'urn:hostile',
    fields: [
        { key: 'then', ns: 'urn:hostile', type: 'string', optional: true },
        {
            key: 'Date',
            ns: 'urn:hostile',
            get type() {
                return Date2Schema;
            },
            optional: true,
        },
        { key: 'catch', ns: 'urn:hostile', type: 'double' },
        { key: 'finally', ns: 'urn:hostile', type: 'float', optional: true },
        {
            key: 'yield',
            ns: 'urn:hostile',
            type: 'long',
            optional: true,
            facets: { minInclusive: '-9223372036854775808', maxInclusive: '9223372036854775807' },
        },
        { key: 'await', ns: 'urn:hostile', type: 'base64Binary', optional: true },
        { key: 'async', ns: 'urn:hostile', type: 'date', optional: true },
        { key: 'static', ns: 'urn:hostile', type: 'time', nillable: true },
        { key: 'let', ns: 'urn:hostile', type: 'duration', optional: true },
        { key: 'of', ns: 'urn:hostile', type: 'string', array: true, optional: true },
        { key: 'for', ns: '', node: 'attribute', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Date2}.
 */
export const Date2Schema = {
    kind: 'complex',
    name: 'Date',
    namespace: 'urn:hostile',
    fields: [{ key: 'valueOf', ns: 'urn:hostile', type: 'dateTime', optional: true }],
};
/**
 * Descriptor of {@link Response2}.
 */
export const Response2Schema = {
    kind: 'complex',
    name: 'Response',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Headers',
            ns: 'urn:hostile',
            get type() {
                return Headers2Schema;
            },
        },
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return Request3Schema;
            },
            optional: true,
        },
        {
            key: 'URL',
            ns: 'urn:hostile',
            get type() {
                return URL2Schema;
            },
            optional: true,
        },
        {
            key: 'AbortSignal',
            ns: 'urn:hostile',
            get type() {
                return AbortSignal2Schema;
            },
            optional: true,
        },
        {
            key: 'TextDecoder',
            ns: 'urn:hostile',
            get type() {
                return TextDecoder2Schema;
            },
            optional: true,
        },
        {
            key: 'validateValue',
            ns: 'urn:hostile',
            get type() {
                return ValidateValueSchema;
            },
            optional: true,
        },
        {
            key: 'MockFetch',
            ns: 'urn:hostile',
            get type() {
                return MockFetch2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Headers2}.
 */
export const Headers2Schema = {
    kind: 'enum',
    name: 'Headers',
    values: ['Accept', 'Content-Type'],
};
/**
 * Descriptor of {@link Request3}.
 */
export const Request3Schema = {
    kind: 'complex',
    name: 'Request',
    namespace: 'urn:hostile',
    fields: [{ key: 'method', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link URL2}.
 */
export const URL2Schema = {
    kind: 'complex',
    name: 'URL',
    namespace: 'urn:hostile',
    fields: [{ key: 'href', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link AbortSignal2}.
 */
export const AbortSignal2Schema = {
    kind: 'complex',
    name: 'AbortSignal',
    namespace: 'urn:hostile',
    fields: [{ key: 'aborted', ns: 'urn:hostile', type: 'boolean' }],
};
/**
 * Descriptor of {@link TextDecoder2}.
 */
export const TextDecoder2Schema = {
    kind: 'complex',
    name: 'TextDecoder',
    namespace: 'urn:hostile',
    fields: [{ key: 'encoding', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ValidateValue}.
 */
export const ValidateValueSchema = {
    kind: 'complex',
    name: 'validateValue',
    namespace: 'urn:hostile',
    fields: [{ key: 'value', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link MockFetch2}.
 */
export const MockFetch2Schema = {
    kind: 'complex',
    name: 'MockFetch',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'calls',
            ns: 'urn:hostile',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
    ],
};
/**
 * Descriptor of {@link Get2}.
 */
export const Get2Schema = {
    kind: 'complex',
    name: 'get',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Response',
            ns: 'urn:hostile',
            get type() {
                return Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link GetResponse2}.
 */
export const GetResponse2Schema = {
    kind: 'complex',
    name: 'getResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'getResult',
            ns: 'urn:hostile',
            get type() {
                return Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Request22}.
 */
export const Request22Schema = {
    kind: 'complex',
    name: 'Request2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return Request3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link RequestResponse}.
 */
export const RequestResponseSchema = {
    kind: 'complex',
    name: 'RequestResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'RequestResult',
            ns: 'urn:hostile',
            get type() {
                return Headers2Schema;
            },
        },
    ],
};
/**
 * Descriptor of {@link Delete2}.
 */
export const Delete2Schema = {
    kind: 'complex',
    name: 'delete',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'class',
            ns: 'urn:hostile',
            get type() {
                return Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link DeleteResponse2}.
 */
export const DeleteResponse2Schema = {
    kind: 'complex',
    name: 'deleteResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'deleteResult',
            ns: 'urn:hostile',
            get type() {
                return Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Class22}.
 */
export const Class22Schema = {
    kind: 'complex',
    name: 'class2',
    namespace: 'urn:hostile',
    fields: [
        { key: 'new', ns: 'urn:hostile', type: 'string', optional: true },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link ClassResponse2}.
 */
export const ClassResponse2Schema = {
    kind: 'complex',
    name: 'classResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'classResult',
            ns: 'urn:hostile',
            get type() {
                return InterfaceSchema;
            },
            optional: true,
        },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Constructor2}.
 */
export const Constructor2Schema = {
    kind: 'complex',
    name: 'constructor',
    namespace: 'urn:hostile',
    fields: [{ key: 'toString', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ConstructorResponse2}.
 */
export const ConstructorResponse2Schema = {
    kind: 'complex',
    name: 'constructorResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'constructorResult',
            ns: 'urn:hostile',
            get type() {
                return EnumSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ToString2}.
 */
export const ToString2Schema = {
    kind: 'complex',
    name: 'toString',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Promise',
            ns: 'urn:hostile',
            get type() {
                return Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ToStringResponse2}.
 */
export const ToStringResponse2Schema = {
    kind: 'complex',
    name: 'toStringResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'toStringResult',
            ns: 'urn:hostile',
            get type() {
                return Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Proto2}.
 */
export const Proto2Schema = {
    kind: 'complex',
    name: '__proto__',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ProtoResponse2}.
 */
export const ProtoResponse2Schema = {
    kind: 'complex',
    name: '__proto__Response',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link Item22}.
 */
export const Item22Schema = {
    kind: 'complex',
    name: 'Item2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Item',
            ns: 'urn:hostile',
            get type() {
                return Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ItemResponse2}.
 */
export const ItemResponse2Schema = {
    kind: 'complex',
    name: 'ItemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'ItemResult',
            ns: 'urn:hostile',
            get type() {
                return Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Item23}.
 */
export const Item23Schema = {
    kind: 'complex',
    name: 'item2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ItemResponse3}.
 */
export const ItemResponse3Schema = {
    kind: 'complex',
    name: 'itemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'itemResult',
            ns: 'urn:hostile',
            get type() {
                return Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link GetValueV22}.
 */
export const GetValueV22Schema = {
    kind: 'complex',
    name: 'get-value.v2',
    namespace: 'urn:hostile',
    fields: [
        { key: 'first.name', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'last-name', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link GetValueV2Response2}.
 */
export const GetValueV2Response2Schema = {
    kind: 'complex',
    name: 'get-value.v2Response',
    namespace: 'urn:hostile',
    fields: [{ key: 'get-value.v2Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link 名前2}.
 */
export const 名前2Schema = {
    kind: 'complex',
    name: '名前',
    namespace: 'urn:hostile',
    fields: [{ key: 'Straße', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link 名前Response2}.
 */
export const 名前Response2Schema = {
    kind: 'complex',
    name: '名前Response',
    namespace: 'urn:hostile',
    fields: [{ key: '名前Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `delete` body element.
 */
export const DeleteRequestSchema = {
    kind: 'complex',
    name: 'delete',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'class',
            ns: 'urn:hostile',
            get type() {
                return Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `deleteResponse` body element.
 */
export const DeleteResponseSchema = {
    kind: 'complex',
    name: 'deleteResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'deleteResult',
            ns: 'urn:hostile',
            get type() {
                return Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the delete operation.
 */
export const DeleteOperation = {
    name: 'delete',
    action: 'urn:hostile/delete',
    protocols: ['soap11'],
    input: { name: 'delete', ns: 'urn:hostile', type: DeleteRequestSchema },
    output: { name: 'deleteResponse', ns: 'urn:hostile', type: DeleteResponseSchema },
    returns: 'result',
    resultKey: 'deleteResult',
};
/**
 * Descriptor of the `class` body element.
 */
export const ClassRequestSchema = {
    kind: 'complex',
    name: 'class',
    namespace: 'urn:hostile',
    fields: [
        { key: 'new', ns: 'urn:hostile', type: 'string', optional: true },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `classResponse` body element.
 */
export const ClassResponseSchema = {
    kind: 'complex',
    name: 'classResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'classResult',
            ns: 'urn:hostile',
            get type() {
                return InterfaceSchema;
            },
            optional: true,
        },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the class operation.
 */
export const ClassOperation = {
    name: 'class',
    action: 'urn:hostile/class',
    protocols: ['soap11'],
    input: { name: 'class', ns: 'urn:hostile', type: ClassRequestSchema },
    output: { name: 'classResponse', ns: 'urn:hostile', type: ClassResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `constructor` body element.
 */
export const ConstructorRequestSchema = {
    kind: 'complex',
    name: 'constructor',
    namespace: 'urn:hostile',
    fields: [{ key: 'toString', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `constructorResponse` body element.
 */
export const ConstructorResponseSchema = {
    kind: 'complex',
    name: 'constructorResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'constructorResult',
            ns: 'urn:hostile',
            get type() {
                return EnumSchema;
            },
        },
    ],
};
/**
 * Wire facts of the constructor operation.
 */
export const ConstructorOperation = {
    name: 'constructor',
    action: 'urn:hostile/constructor',
    protocols: ['soap11'],
    input: { name: 'constructor', ns: 'urn:hostile', type: ConstructorRequestSchema },
    output: { name: 'constructorResponse', ns: 'urn:hostile', type: ConstructorResponseSchema },
    returns: 'result',
    resultKey: 'constructorResult',
};
/**
 * Descriptor of the `toString` body element.
 */
export const ToStringRequestSchema = {
    kind: 'complex',
    name: 'toString',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Promise',
            ns: 'urn:hostile',
            get type() {
                return Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `toStringResponse` body element.
 */
export const ToStringResponseSchema = {
    kind: 'complex',
    name: 'toStringResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'toStringResult',
            ns: 'urn:hostile',
            get type() {
                return Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the toString operation.
 */
export const ToStringOperation = {
    name: 'toString',
    action: 'urn:hostile/toString',
    protocols: ['soap11'],
    input: { name: 'toString', ns: 'urn:hostile', type: ToStringRequestSchema },
    output: { name: 'toStringResponse', ns: 'urn:hostile', type: ToStringResponseSchema },
    returns: 'result',
    resultKey: 'toStringResult',
};
/**
 * Descriptor of the `__proto__` body element.
 */
export const ProtoRequestSchema = {
    kind: 'complex',
    name: '__proto__',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `__proto__Response` body element.
 */
export const ProtoResponseSchema = {
    kind: 'complex',
    name: '__proto__Response',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the __proto__ operation.
 */
export const ProtoOperation = {
    name: '__proto__',
    action: 'urn:hostile/__proto__',
    protocols: ['soap11'],
    input: { name: '__proto__', ns: 'urn:hostile', type: ProtoRequestSchema },
    output: { name: '__proto__Response', ns: 'urn:hostile', type: ProtoResponseSchema },
    returns: 'result',
    resultKey: '__proto__Result',
};
/**
 * Descriptor of the `Item` body element.
 */
export const ItemRequestSchema = {
    kind: 'complex',
    name: 'Item',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Item',
            ns: 'urn:hostile',
            get type() {
                return Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `ItemResponse` body element.
 */
export const ItemResponseSchema = {
    kind: 'complex',
    name: 'ItemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'ItemResult',
            ns: 'urn:hostile',
            get type() {
                return Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the Item operation.
 */
export const ItemOperation = {
    name: 'Item',
    action: 'urn:hostile/Item',
    protocols: ['soap11'],
    input: { name: 'Item', ns: 'urn:hostile', type: ItemRequestSchema },
    output: { name: 'ItemResponse', ns: 'urn:hostile', type: ItemResponseSchema },
    returns: 'result',
    resultKey: 'ItemResult',
};
/**
 * Descriptor of the `item` body element.
 */
export const Item2RequestSchema = {
    kind: 'complex',
    name: 'item',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `itemResponse` body element.
 */
export const Item2ResponseSchema = {
    kind: 'complex',
    name: 'itemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'itemResult',
            ns: 'urn:hostile',
            get type() {
                return Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the item operation.
 */
export const Item2Operation = {
    name: 'item',
    action: 'urn:hostile/item',
    protocols: ['soap11'],
    input: { name: 'item', ns: 'urn:hostile', type: Item2RequestSchema },
    output: { name: 'itemResponse', ns: 'urn:hostile', type: Item2ResponseSchema },
    returns: 'result',
    resultKey: 'itemResult',
};
/**
 * Descriptor of the `get-value.v2` body element.
 */
export const GetValueV2RequestSchema = {
    kind: 'complex',
    name: 'get-value.v2',
    namespace: 'urn:hostile',
    fields: [
        { key: 'first.name', ns: 'urn:hostile', type: 'string', optional: true },
        { key: 'last-name', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `get-value.v2Response` body element.
 */
export const GetValueV2ResponseSchema = {
    kind: 'complex',
    name: 'get-value.v2Response',
    namespace: 'urn:hostile',
    fields: [{ key: 'get-value.v2Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the get-value.v2 operation.
 */
export const GetValueV2Operation = {
    name: 'get-value.v2',
    action: 'urn:hostile/get-value.v2',
    protocols: ['soap11'],
    input: { name: 'get-value.v2', ns: 'urn:hostile', type: GetValueV2RequestSchema },
    output: { name: 'get-value.v2Response', ns: 'urn:hostile', type: GetValueV2ResponseSchema },
    returns: 'result',
    resultKey: 'get-value.v2Result',
};
/**
 * Descriptor of the `名前` body element.
 */
export const 名前RequestSchema = {
    kind: 'complex',
    name: '名前',
    namespace: 'urn:hostile',
    fields: [{ key: 'Straße', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `名前Response` body element.
 */
export const 名前ResponseSchema = {
    kind: 'complex',
    name: '名前Response',
    namespace: 'urn:hostile',
    fields: [{ key: '名前Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the 名前 operation.
 */
export const 名前Operation = {
    name: '名前',
    action: 'urn:hostile/名前',
    protocols: ['soap11'],
    input: { name: '名前', ns: 'urn:hostile', type: 名前RequestSchema },
    output: { name: '名前Response', ns: 'urn:hostile', type: 名前ResponseSchema },
    returns: 'result',
    resultKey: '名前Result',
};
/**
 * Descriptor of the `get` body element.
 */
export const GetRequestSchema = {
    kind: 'complex',
    name: 'get',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Response',
            ns: 'urn:hostile',
            get type() {
                return Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `getResponse` body element.
 */
export const GetResponseSchema = {
    kind: 'complex',
    name: 'getResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'getResult',
            ns: 'urn:hostile',
            get type() {
                return Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the get operation.
 */
export const GetOperation = {
    name: 'get',
    action: 'urn:hostile/get',
    protocols: ['soap11'],
    input: { name: 'get', ns: 'urn:hostile', type: GetRequestSchema },
    output: { name: 'getResponse', ns: 'urn:hostile', type: GetResponseSchema },
    returns: 'result',
    resultKey: 'getResult',
};
/**
 * Descriptor of the `Request` body element.
 */
export const Request2RequestSchema = {
    kind: 'complex',
    name: 'Request',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return Request3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `RequestResponse` body element.
 */
export const Request2ResponseSchema = {
    kind: 'complex',
    name: 'RequestResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'RequestResult',
            ns: 'urn:hostile',
            get type() {
                return Headers2Schema;
            },
        },
    ],
};
/**
 * Wire facts of the Request operation.
 */
export const Request2Operation = {
    name: 'Request',
    action: 'urn:hostile/Request',
    protocols: ['soap11'],
    input: { name: 'Request', ns: 'urn:hostile', type: Request2RequestSchema },
    output: { name: 'RequestResponse', ns: 'urn:hostile', type: Request2ResponseSchema },
    returns: 'result',
    resultKey: 'RequestResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    delete: DeleteOperation,
    class: ClassOperation,
    constructor2: ConstructorOperation,
    toString2: ToStringOperation,
    proto: ProtoOperation,
    item: ItemOperation,
    item2: Item2Operation,
    getValueV2: GetValueV2Operation,
    名前: 名前Operation,
    get: GetOperation,
    request: Request2Operation,
};
