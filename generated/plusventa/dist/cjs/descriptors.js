"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.CreateInteractionOperation = exports.CreateInteractionResponseSchema = exports.CreateInteractionRequestSchema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'PlusventaServiceV2',
    endpoints: {
        soap11: 'https://api-sandbox.plusventa.com/PlusventaServiceV2.asmx',
        soap12: 'https://api-sandbox.plusventa.com/PlusventaServiceV2.asmx',
        'http-get': 'https://api-sandbox.plusventa.com/PlusventaServiceV2.asmx',
        'http-post': 'https://api-sandbox.plusventa.com/PlusventaServiceV2.asmx',
    },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of the `CreateInteraction` body element.
 */
exports.CreateInteractionRequestSchema = {
    kind: 'complex',
    name: 'CreateInteraction',
    namespace: 'http://tempuri.org/',
    fields: [
        { key: 'username', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'interactionTemplateCode', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'contactCode', ns: 'http://tempuri.org/', type: 'string', optional: true },
        {
            key: 'evaluation',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'duration', ns: 'http://tempuri.org/', type: 'decimal' },
        { key: 'description', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'comments', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'interactionDateTime', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'locationLatitude', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'locationLongitude', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'locationAddress', ns: 'http://tempuri.org/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `CreateInteractionResponse` body element.
 */
exports.CreateInteractionResponseSchema = {
    kind: 'complex',
    name: 'CreateInteractionResponse',
    namespace: 'http://tempuri.org/',
    fields: [],
};
/**
 * Wire facts of the CreateInteraction operation.
 */
exports.CreateInteractionOperation = {
    name: 'CreateInteraction',
    action: 'http://tempuri.org/CreateInteraction',
    protocols: ['soap11', 'soap12', 'http-get', 'http-post'],
    input: {
        name: 'CreateInteraction',
        ns: 'http://tempuri.org/',
        type: exports.CreateInteractionRequestSchema,
    },
    output: {
        name: 'CreateInteractionResponse',
        ns: 'http://tempuri.org/',
        type: exports.CreateInteractionResponseSchema,
    },
    returns: 'void',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    createInteraction: exports.CreateInteractionOperation,
};
