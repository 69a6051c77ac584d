"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.TradeInOperation = exports.TradeInResponseSchema = exports.TradeInRequestSchema = exports.GetSedansOperation = exports.GetSedansResponseSchema = exports.GetSedansRequestSchema = exports.GetSedansResponse2Schema = exports.GetSedans2Schema = exports.PorscheSchema = exports.CarSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'CarDealer',
    endpoints: { soap11: 'http://localhost:9070/jaxws-type_substitution/cardealer' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Car}.
 */
exports.CarSchema = {
    kind: 'complex',
    name: 'car',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        { key: 'make', ns: '', type: 'string', optional: true },
        { key: 'model', ns: '', type: 'string', optional: true },
        { key: 'year', ns: '', type: 'string', optional: true },
    ],
    tag: 'Car',
    abstract: true,
    get subtypes() {
        return [exports.PorscheSchema];
    },
};
/**
 * Descriptor of {@link Porsche}.
 */
exports.PorscheSchema = {
    kind: 'complex',
    name: 'porsche',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        { key: 'make', ns: '', type: 'string', optional: true },
        { key: 'model', ns: '', type: 'string', optional: true },
        { key: 'year', ns: '', type: 'string', optional: true },
        { key: 'color', ns: '', type: 'string', optional: true },
    ],
    tag: 'Porsche',
};
/**
 * Descriptor of {@link GetSedans2}.
 */
exports.GetSedans2Schema = {
    kind: 'complex',
    name: 'getSedans',
    namespace: 'http://apache.org/type_substitution/',
    fields: [{ key: 'arg0', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link GetSedansResponse2}.
 */
exports.GetSedansResponse2Schema = {
    kind: 'complex',
    name: 'getSedansResponse',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return exports.CarSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Descriptor of the `getSedans` body element.
 */
exports.GetSedansRequestSchema = {
    kind: 'complex',
    name: 'getSedans',
    namespace: 'http://apache.org/type_substitution/',
    fields: [{ key: 'arg0', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of the `getSedansResponse` body element.
 */
exports.GetSedansResponseSchema = {
    kind: 'complex',
    name: 'getSedansResponse',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return exports.CarSchema;
            },
            array: true,
            optional: true,
            nillable: true,
        },
    ],
};
/**
 * Wire facts of the getSedans operation.
 */
exports.GetSedansOperation = {
    name: 'getSedans',
    action: '',
    protocols: ['soap11'],
    input: {
        name: 'getSedans',
        ns: 'http://apache.org/type_substitution/',
        type: exports.GetSedansRequestSchema,
    },
    output: {
        name: 'getSedansResponse',
        ns: 'http://apache.org/type_substitution/',
        type: exports.GetSedansResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `tradeIn` body element.
 */
exports.TradeInRequestSchema = {
    kind: 'complex',
    name: 'tradeIn',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        { key: 'make', ns: '', type: 'string', optional: true },
        { key: 'model', ns: '', type: 'string', optional: true },
        { key: 'year', ns: '', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `tradeInResponse` body element.
 */
exports.TradeInResponseSchema = {
    kind: 'complex',
    name: 'tradeInResponse',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        { key: 'make', ns: '', type: 'string', optional: true },
        { key: 'model', ns: '', type: 'string', optional: true },
        { key: 'year', ns: '', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of the tradeIn operation.
 */
exports.TradeInOperation = {
    name: 'tradeIn',
    action: '',
    protocols: ['soap11'],
    input: {
        name: 'tradeIn',
        ns: 'http://apache.org/type_substitution/',
        type: exports.TradeInRequestSchema,
    },
    output: {
        name: 'tradeInResponse',
        ns: 'http://apache.org/type_substitution/',
        type: exports.TradeInResponseSchema,
    },
    returns: 'object',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    getSedans: exports.GetSedansOperation,
    tradeIn: exports.TradeInOperation,
};
