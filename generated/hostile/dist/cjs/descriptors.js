"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ToStringOperation = exports.ToStringResponseSchema = exports.ToStringRequestSchema = exports.ConstructorOperation = exports.ConstructorResponseSchema = exports.ConstructorRequestSchema = exports.ClassOperation = exports.ClassResponseSchema = exports.ClassRequestSchema = exports.DeleteOperation = exports.DeleteResponseSchema = exports.DeleteRequestSchema = exports.名前Response2Schema = exports.名前2Schema = exports.GetValueV2Response2Schema = exports.GetValueV22Schema = exports.ItemResponse3Schema = exports.Item23Schema = exports.ItemResponse2Schema = exports.Item22Schema = exports.ProtoResponse2Schema = exports.Proto2Schema = exports.ToStringResponse2Schema = exports.ToString2Schema = exports.ConstructorResponse2Schema = exports.Constructor2Schema = exports.ClassResponse2Schema = exports.Class22Schema = exports.DeleteResponse2Schema = exports.Delete2Schema = exports.RequestResponseSchema = exports.Request22Schema = exports.GetResponse2Schema = exports.Get2Schema = exports.MockFetch2Schema = exports.ValidateValueSchema = exports.TextDecoder2Schema = exports.AbortSignal2Schema = exports.URL2Schema = exports.Request3Schema = exports.Headers2Schema = exports.Response2Schema = exports.Date2Schema = exports.Promise2Schema = exports.Item4Schema = exports.Item3Schema = exports.InterfaceSchema = exports.Class2Schema = exports.EnumSchema = exports.SERVICE = void 0;
exports.OPERATIONS = exports.Request2Operation = exports.Request2ResponseSchema = exports.Request2RequestSchema = exports.GetOperation = exports.GetResponseSchema = exports.GetRequestSchema = exports.名前Operation = exports.名前ResponseSchema = exports.名前RequestSchema = exports.GetValueV2Operation = exports.GetValueV2ResponseSchema = exports.GetValueV2RequestSchema = exports.Item2Operation = exports.Item2ResponseSchema = exports.Item2RequestSchema = exports.ItemOperation = exports.ItemResponseSchema = exports.ItemRequestSchema = exports.ProtoOperation = exports.ProtoResponseSchema = exports.ProtoRequestSchema = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'Hostile',
    endpoints: { soap11: 'http://127.0.0.1:1/Hostile.asmx' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Enum}.
 */
exports.EnumSchema = {
    kind: 'enum',
    name: 'enum',
    values: ['delete', 'default', '__proto__', 'constructor', 'Value', 'VALUE', 'first.name', '名前'],
};
/**
 * Descriptor of {@link Class2}.
 */
exports.Class2Schema = {
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
                return exports.EnumSchema;
            },
        },
        {
            key: 'interface',
            ns: 'urn:hostile',
            get type() {
                return exports.InterfaceSchema;
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
exports.InterfaceSchema = {
    kind: 'complex',
    name: 'interface',
    namespace: 'urn:hostile',
    fields: [
        {
            key: '__proto__',
            ns: 'urn:hostile',
            get type() {
                return exports.Item3Schema;
            },
            optional: true,
        },
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return exports.Item4Schema;
            },
            array: true,
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Item3}.
 */
exports.Item3Schema = {
    kind: 'complex',
    name: 'Item',
    namespace: 'urn:hostile',
    fields: [{ key: 'Value', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link Item4}.
 */
exports.Item4Schema = {
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
exports.Promise2Schema = {
    kind: 'complex',
    name: 'Promise',
    namespace: 'urn:hostile',
    fields: [
        { key: 'then', ns: 'urn:hostile', type: 'string', optional: true },
        {
            key: 'Date',
            ns: 'urn:hostile',
            get type() {
                return exports.Date2Schema;
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
exports.Date2Schema = {
    kind: 'complex',
    name: 'Date',
    namespace: 'urn:hostile',
    fields: [{ key: 'valueOf', ns: 'urn:hostile', type: 'dateTime', optional: true }],
};
/**
 * Descriptor of {@link Response2}.
 */
exports.Response2Schema = {
    kind: 'complex',
    name: 'Response',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Headers',
            ns: 'urn:hostile',
            get type() {
                return exports.Headers2Schema;
            },
        },
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return exports.Request3Schema;
            },
            optional: true,
        },
        {
            key: 'URL',
            ns: 'urn:hostile',
            get type() {
                return exports.URL2Schema;
            },
            optional: true,
        },
        {
            key: 'AbortSignal',
            ns: 'urn:hostile',
            get type() {
                return exports.AbortSignal2Schema;
            },
            optional: true,
        },
        {
            key: 'TextDecoder',
            ns: 'urn:hostile',
            get type() {
                return exports.TextDecoder2Schema;
            },
            optional: true,
        },
        {
            key: 'validateValue',
            ns: 'urn:hostile',
            get type() {
                return exports.ValidateValueSchema;
            },
            optional: true,
        },
        {
            key: 'MockFetch',
            ns: 'urn:hostile',
            get type() {
                return exports.MockFetch2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Headers2}.
 */
exports.Headers2Schema = {
    kind: 'enum',
    name: 'Headers',
    values: ['Accept', 'Content-Type'],
};
/**
 * Descriptor of {@link Request3}.
 */
exports.Request3Schema = {
    kind: 'complex',
    name: 'Request',
    namespace: 'urn:hostile',
    fields: [{ key: 'method', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link URL2}.
 */
exports.URL2Schema = {
    kind: 'complex',
    name: 'URL',
    namespace: 'urn:hostile',
    fields: [{ key: 'href', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link AbortSignal2}.
 */
exports.AbortSignal2Schema = {
    kind: 'complex',
    name: 'AbortSignal',
    namespace: 'urn:hostile',
    fields: [{ key: 'aborted', ns: 'urn:hostile', type: 'boolean' }],
};
/**
 * Descriptor of {@link TextDecoder2}.
 */
exports.TextDecoder2Schema = {
    kind: 'complex',
    name: 'TextDecoder',
    namespace: 'urn:hostile',
    fields: [{ key: 'encoding', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ValidateValue}.
 */
exports.ValidateValueSchema = {
    kind: 'complex',
    name: 'validateValue',
    namespace: 'urn:hostile',
    fields: [{ key: 'value', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link MockFetch2}.
 */
exports.MockFetch2Schema = {
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
exports.Get2Schema = {
    kind: 'complex',
    name: 'get',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Response',
            ns: 'urn:hostile',
            get type() {
                return exports.Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link GetResponse2}.
 */
exports.GetResponse2Schema = {
    kind: 'complex',
    name: 'getResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'getResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Request22}.
 */
exports.Request22Schema = {
    kind: 'complex',
    name: 'Request2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return exports.Request3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link RequestResponse}.
 */
exports.RequestResponseSchema = {
    kind: 'complex',
    name: 'RequestResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'RequestResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Headers2Schema;
            },
        },
    ],
};
/**
 * Descriptor of {@link Delete2}.
 */
exports.Delete2Schema = {
    kind: 'complex',
    name: 'delete',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'class',
            ns: 'urn:hostile',
            get type() {
                return exports.Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link DeleteResponse2}.
 */
exports.DeleteResponse2Schema = {
    kind: 'complex',
    name: 'deleteResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'deleteResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Class22}.
 */
exports.Class22Schema = {
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
exports.ClassResponse2Schema = {
    kind: 'complex',
    name: 'classResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'classResult',
            ns: 'urn:hostile',
            get type() {
                return exports.InterfaceSchema;
            },
            optional: true,
        },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link Constructor2}.
 */
exports.Constructor2Schema = {
    kind: 'complex',
    name: 'constructor',
    namespace: 'urn:hostile',
    fields: [{ key: 'toString', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ConstructorResponse2}.
 */
exports.ConstructorResponse2Schema = {
    kind: 'complex',
    name: 'constructorResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'constructorResult',
            ns: 'urn:hostile',
            get type() {
                return exports.EnumSchema;
            },
        },
    ],
};
/**
 * Descriptor of {@link ToString2}.
 */
exports.ToString2Schema = {
    kind: 'complex',
    name: 'toString',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Promise',
            ns: 'urn:hostile',
            get type() {
                return exports.Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ToStringResponse2}.
 */
exports.ToStringResponse2Schema = {
    kind: 'complex',
    name: 'toStringResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'toStringResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Proto2}.
 */
exports.Proto2Schema = {
    kind: 'complex',
    name: '__proto__',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link ProtoResponse2}.
 */
exports.ProtoResponse2Schema = {
    kind: 'complex',
    name: '__proto__Response',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link Item22}.
 */
exports.Item22Schema = {
    kind: 'complex',
    name: 'Item2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Item',
            ns: 'urn:hostile',
            get type() {
                return exports.Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ItemResponse2}.
 */
exports.ItemResponse2Schema = {
    kind: 'complex',
    name: 'ItemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'ItemResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link Item23}.
 */
exports.Item23Schema = {
    kind: 'complex',
    name: 'item2',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return exports.Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link ItemResponse3}.
 */
exports.ItemResponse3Schema = {
    kind: 'complex',
    name: 'itemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'itemResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link GetValueV22}.
 */
exports.GetValueV22Schema = {
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
exports.GetValueV2Response2Schema = {
    kind: 'complex',
    name: 'get-value.v2Response',
    namespace: 'urn:hostile',
    fields: [{ key: 'get-value.v2Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link 名前2}.
 */
exports.名前2Schema = {
    kind: 'complex',
    name: '名前',
    namespace: 'urn:hostile',
    fields: [{ key: 'Straße', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link 名前Response2}.
 */
exports.名前Response2Schema = {
    kind: 'complex',
    name: '名前Response',
    namespace: 'urn:hostile',
    fields: [{ key: '名前Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `delete` body element.
 */
exports.DeleteRequestSchema = {
    kind: 'complex',
    name: 'delete',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'class',
            ns: 'urn:hostile',
            get type() {
                return exports.Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `deleteResponse` body element.
 */
exports.DeleteResponseSchema = {
    kind: 'complex',
    name: 'deleteResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'deleteResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Class2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the delete operation.
 */
exports.DeleteOperation = {
    name: 'delete',
    action: 'urn:hostile/delete',
    protocols: ['soap11'],
    input: { name: 'delete', ns: 'urn:hostile', type: exports.DeleteRequestSchema },
    output: { name: 'deleteResponse', ns: 'urn:hostile', type: exports.DeleteResponseSchema },
    returns: 'result',
    resultKey: 'deleteResult',
};
/**
 * Descriptor of the `class` body element.
 */
exports.ClassRequestSchema = {
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
exports.ClassResponseSchema = {
    kind: 'complex',
    name: 'classResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'classResult',
            ns: 'urn:hostile',
            get type() {
                return exports.InterfaceSchema;
            },
            optional: true,
        },
        { key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the class operation.
 */
exports.ClassOperation = {
    name: 'class',
    action: 'urn:hostile/class',
    protocols: ['soap11'],
    input: { name: 'class', ns: 'urn:hostile', type: exports.ClassRequestSchema },
    output: { name: 'classResponse', ns: 'urn:hostile', type: exports.ClassResponseSchema },
    returns: 'object',
};
/**
 * Descriptor of the `constructor` body element.
 */
exports.ConstructorRequestSchema = {
    kind: 'complex',
    name: 'constructor',
    namespace: 'urn:hostile',
    fields: [{ key: 'toString', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `constructorResponse` body element.
 */
exports.ConstructorResponseSchema = {
    kind: 'complex',
    name: 'constructorResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'constructorResult',
            ns: 'urn:hostile',
            get type() {
                return exports.EnumSchema;
            },
        },
    ],
};
/**
 * Wire facts of the constructor operation.
 */
exports.ConstructorOperation = {
    name: 'constructor',
    action: 'urn:hostile/constructor',
    protocols: ['soap11'],
    input: { name: 'constructor', ns: 'urn:hostile', type: exports.ConstructorRequestSchema },
    output: { name: 'constructorResponse', ns: 'urn:hostile', type: exports.ConstructorResponseSchema },
    returns: 'result',
    resultKey: 'constructorResult',
};
/**
 * Descriptor of the `toString` body element.
 */
exports.ToStringRequestSchema = {
    kind: 'complex',
    name: 'toString',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Promise',
            ns: 'urn:hostile',
            get type() {
                return exports.Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `toStringResponse` body element.
 */
exports.ToStringResponseSchema = {
    kind: 'complex',
    name: 'toStringResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'toStringResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Promise2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the toString operation.
 */
exports.ToStringOperation = {
    name: 'toString',
    action: 'urn:hostile/toString',
    protocols: ['soap11'],
    input: { name: 'toString', ns: 'urn:hostile', type: exports.ToStringRequestSchema },
    output: { name: 'toStringResponse', ns: 'urn:hostile', type: exports.ToStringResponseSchema },
    returns: 'result',
    resultKey: 'toStringResult',
};
/**
 * Descriptor of the `__proto__` body element.
 */
exports.ProtoRequestSchema = {
    kind: 'complex',
    name: '__proto__',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `__proto__Response` body element.
 */
exports.ProtoResponseSchema = {
    kind: 'complex',
    name: '__proto__Response',
    namespace: 'urn:hostile',
    fields: [{ key: '__proto__Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the __proto__ operation.
 */
exports.ProtoOperation = {
    name: '__proto__',
    action: 'urn:hostile/__proto__',
    protocols: ['soap11'],
    input: { name: '__proto__', ns: 'urn:hostile', type: exports.ProtoRequestSchema },
    output: { name: '__proto__Response', ns: 'urn:hostile', type: exports.ProtoResponseSchema },
    returns: 'result',
    resultKey: '__proto__Result',
};
/**
 * Descriptor of the `Item` body element.
 */
exports.ItemRequestSchema = {
    kind: 'complex',
    name: 'Item',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Item',
            ns: 'urn:hostile',
            get type() {
                return exports.Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `ItemResponse` body element.
 */
exports.ItemResponseSchema = {
    kind: 'complex',
    name: 'ItemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'ItemResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Item3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the Item operation.
 */
exports.ItemOperation = {
    name: 'Item',
    action: 'urn:hostile/Item',
    protocols: ['soap11'],
    input: { name: 'Item', ns: 'urn:hostile', type: exports.ItemRequestSchema },
    output: { name: 'ItemResponse', ns: 'urn:hostile', type: exports.ItemResponseSchema },
    returns: 'result',
    resultKey: 'ItemResult',
};
/**
 * Descriptor of the `item` body element.
 */
exports.Item2RequestSchema = {
    kind: 'complex',
    name: 'item',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'item',
            ns: 'urn:hostile',
            get type() {
                return exports.Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `itemResponse` body element.
 */
exports.Item2ResponseSchema = {
    kind: 'complex',
    name: 'itemResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'itemResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Item4Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the item operation.
 */
exports.Item2Operation = {
    name: 'item',
    action: 'urn:hostile/item',
    protocols: ['soap11'],
    input: { name: 'item', ns: 'urn:hostile', type: exports.Item2RequestSchema },
    output: { name: 'itemResponse', ns: 'urn:hostile', type: exports.Item2ResponseSchema },
    returns: 'result',
    resultKey: 'itemResult',
};
/**
 * Descriptor of the `get-value.v2` body element.
 */
exports.GetValueV2RequestSchema = {
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
exports.GetValueV2ResponseSchema = {
    kind: 'complex',
    name: 'get-value.v2Response',
    namespace: 'urn:hostile',
    fields: [{ key: 'get-value.v2Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the get-value.v2 operation.
 */
exports.GetValueV2Operation = {
    name: 'get-value.v2',
    action: 'urn:hostile/get-value.v2',
    protocols: ['soap11'],
    input: { name: 'get-value.v2', ns: 'urn:hostile', type: exports.GetValueV2RequestSchema },
    output: { name: 'get-value.v2Response', ns: 'urn:hostile', type: exports.GetValueV2ResponseSchema },
    returns: 'result',
    resultKey: 'get-value.v2Result',
};
/**
 * Descriptor of the `名前` body element.
 */
exports.名前RequestSchema = {
    kind: 'complex',
    name: '名前',
    namespace: 'urn:hostile',
    fields: [{ key: 'Straße', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Descriptor of the `名前Response` body element.
 */
exports.名前ResponseSchema = {
    kind: 'complex',
    name: '名前Response',
    namespace: 'urn:hostile',
    fields: [{ key: '名前Result', ns: 'urn:hostile', type: 'string', optional: true }],
};
/**
 * Wire facts of the 名前 operation.
 */
exports.名前Operation = {
    name: '名前',
    action: 'urn:hostile/名前',
    protocols: ['soap11'],
    input: { name: '名前', ns: 'urn:hostile', type: exports.名前RequestSchema },
    output: { name: '名前Response', ns: 'urn:hostile', type: exports.名前ResponseSchema },
    returns: 'result',
    resultKey: '名前Result',
};
/**
 * Descriptor of the `get` body element.
 */
exports.GetRequestSchema = {
    kind: 'complex',
    name: 'get',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Response',
            ns: 'urn:hostile',
            get type() {
                return exports.Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `getResponse` body element.
 */
exports.GetResponseSchema = {
    kind: 'complex',
    name: 'getResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'getResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Response2Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the get operation.
 */
exports.GetOperation = {
    name: 'get',
    action: 'urn:hostile/get',
    protocols: ['soap11'],
    input: { name: 'get', ns: 'urn:hostile', type: exports.GetRequestSchema },
    output: { name: 'getResponse', ns: 'urn:hostile', type: exports.GetResponseSchema },
    returns: 'result',
    resultKey: 'getResult',
};
/**
 * Descriptor of the `Request` body element.
 */
exports.Request2RequestSchema = {
    kind: 'complex',
    name: 'Request',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'Request',
            ns: 'urn:hostile',
            get type() {
                return exports.Request3Schema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `RequestResponse` body element.
 */
exports.Request2ResponseSchema = {
    kind: 'complex',
    name: 'RequestResponse',
    namespace: 'urn:hostile',
    fields: [
        {
            key: 'RequestResult',
            ns: 'urn:hostile',
            get type() {
                return exports.Headers2Schema;
            },
        },
    ],
};
/**
 * Wire facts of the Request operation.
 */
exports.Request2Operation = {
    name: 'Request',
    action: 'urn:hostile/Request',
    protocols: ['soap11'],
    input: { name: 'Request', ns: 'urn:hostile', type: exports.Request2RequestSchema },
    output: { name: 'RequestResponse', ns: 'urn:hostile', type: exports.Request2ResponseSchema },
    returns: 'result',
    resultKey: 'RequestResult',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    delete: exports.DeleteOperation,
    class: exports.ClassOperation,
    constructor2: exports.ConstructorOperation,
    toString2: exports.ToStringOperation,
    proto: exports.ProtoOperation,
    item: exports.ItemOperation,
    item2: exports.Item2Operation,
    getValueV2: exports.GetValueV2Operation,
    名前: exports.名前Operation,
    get: exports.GetOperation,
    request: exports.Request2Operation,
};
