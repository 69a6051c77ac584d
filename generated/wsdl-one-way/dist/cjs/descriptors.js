"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPERATIONS = exports.OneWayOperation = exports.OneWayRequestSchema = exports.OneWayRequest2Schema = exports.SERVICE = void 0;
/** Where and how the service is served. */
exports.SERVICE = {
    name: 'OneWay',
    endpoints: { soap11: 'http://www.OneWay.com/' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link OneWayRequest2}.
 */
exports.OneWayRequest2Schema = {
    kind: 'complex',
    name: 'OneWayRequest',
    namespace: 'http://www.OneWay.com/Name/Types',
    fields: [{ key: 'OneWayField', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of the `OneWayRequest` body element.
 */
exports.OneWayRequestSchema = {
    kind: 'complex',
    name: 'OneWayRequest',
    namespace: 'http://www.OneWay.com/Name/Types',
    fields: [{ key: 'OneWayField', ns: '', type: 'string', optional: true }],
};
/**
 * Wire facts of the OneWay operation.
 */
exports.OneWayOperation = {
    name: 'OneWay',
    action: 'http://www.OneWay.com#OneWay',
    protocols: ['soap11'],
    input: {
        name: 'OneWayRequest',
        ns: 'http://www.OneWay.com/Name/Types',
        type: exports.OneWayRequestSchema,
    },
    output: null,
    returns: 'void',
};
/** Every operation's descriptor, keyed by client method name. */
exports.OPERATIONS = {
    oneWay: exports.OneWayOperation,
};
