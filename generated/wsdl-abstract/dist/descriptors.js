/** Where and how the service is served. */
export const SERVICE = {
    name: 'CarDealer',
    endpoints: { soap11: 'http://localhost:9070/jaxws-type_substitution/cardealer' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Car}.
 */
export const CarSchema = {
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
        return [PorscheSchema];
    },
};
/**
 * Descriptor of {@link Porsche}.
 */
export const PorscheSchema = {
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
export const GetSedans2Schema = {
    kind: 'complex',
    name: 'getSedans',
    namespace: 'http://apache.org/type_substitution/',
    fields: [{ key: 'arg0', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of {@link GetSedansResponse2}.
 */
export const GetSedansResponse2Schema = {
    kind: 'complex',
    name: 'getSedansResponse',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return CarSchema;
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
export const GetSedansRequestSchema = {
    kind: 'complex',
    name: 'getSedans',
    namespace: 'http://apache.org/type_substitution/',
    fields: [{ key: 'arg0', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of the `getSedansResponse` body element.
 */
export const GetSedansResponseSchema = {
    kind: 'complex',
    name: 'getSedansResponse',
    namespace: 'http://apache.org/type_substitution/',
    fields: [
        {
            key: 'return',
            ns: '',
            get type() {
                return CarSchema;
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
export const GetSedansOperation = {
    name: 'getSedans',
    action: '',
    protocols: ['soap11'],
    input: {
        name: 'getSedans',
        ns: 'http://apache.org/type_substitution/',
        type: GetSedansRequestSchema,
    },
    output: {
        name: 'getSedansResponse',
        ns: 'http://apache.org/type_substitution/',
        type: GetSedansResponseSchema,
    },
    returns: 'result',
    resultKey: 'return',
};
/**
 * Descriptor of the `tradeIn` body element.
 */
export const TradeInRequestSchema = {
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
export const TradeInResponseSchema = {
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
export const TradeInOperation = {
    name: 'tradeIn',
    action: '',
    protocols: ['soap11'],
    input: {
        name: 'tradeIn',
        ns: 'http://apache.org/type_substitution/',
        type: TradeInRequestSchema,
    },
    output: {
        name: 'tradeInResponse',
        ns: 'http://apache.org/type_substitution/',
        type: TradeInResponseSchema,
    },
    returns: 'object',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    getSedans: GetSedansOperation,
    tradeIn: TradeInOperation,
};
