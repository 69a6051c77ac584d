"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.VspinteractionCreateOperation = exports.VspInteractionSchema = exports.CreateVspInteractionSchema = exports.SERVICE = void 0;
/** Where the service is served. */
exports.SERVICE = { name: 'SeeThePro' };
/**
 * Descriptor of {@link CreateVspInteraction}.
 */
exports.CreateVspInteractionSchema = {
    kind: 'complex',
    name: 'CreateVspInteraction',
    namespace: 'http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models',
    fields: [
        { key: 'AppAccessKey', type: 'string', facets: { notBlank: true } },
        { key: 'InteractionIdentity', type: 'string', facets: { notBlank: true } },
        { key: 'InteractionName', type: 'string', facets: { notBlank: true } },
        { key: 'AccountId', type: 'guid', facets: { format: 'guid' } },
        { key: 'ContactId', type: 'guid', facets: { format: 'guid' } },
        { key: 'TenantKey', type: 'guid', optional: true, facets: { format: 'guid' } },
        { key: 'GroupKey', type: 'guid', optional: true, facets: { format: 'guid' } },
    ],
    xmlOrder: [
        'AccountId',
        'AppAccessKey',
        'ContactId',
        'GroupKey',
        'InteractionIdentity',
        'InteractionName',
        'TenantKey',
    ],
};
/**
 * Descriptor of {@link VspInteraction}.
 */
exports.VspInteractionSchema = {
    kind: 'complex',
    name: 'VspInteraction',
    namespace: 'http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models',
    fields: [
        { key: 'InteractionId', type: 'string', optional: true },
        { key: 'CampaignKey', type: 'string', optional: true },
        { key: 'InteractionUrl', type: 'string', optional: true },
    ],
    xmlOrder: ['CampaignKey', 'InteractionId', 'InteractionUrl'],
};
/**
 * Wire facts of POST api/vspinteraction/create.
 */
exports.VspinteractionCreateOperation = {
    name: 'VspinteractionCreate',
    method: 'POST',
    path: 'api/vspinteraction/create',
    body: {
        get type() {
            return exports.CreateVspInteractionSchema;
        },
        xmlRoot: 'CreateVspInteraction',
        xmlNs: 'http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models',
    },
    response: {
        get type() {
            return exports.VspInteractionSchema;
        },
        xmlRoot: 'VspInteraction',
        xmlNs: 'http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models',
    },
    requestFormats: ['json', 'xml', 'form'],
    responseFormats: ['json', 'xml'],
    xmlFlavour: 'datacontract',
};
/** Every endpoint's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    vspinteractionCreate: exports.VspinteractionCreateOperation,
};
