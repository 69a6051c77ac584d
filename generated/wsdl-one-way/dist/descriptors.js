/** Where and how the service is served. */
export const SERVICE = {
    name: 'OneWay',
    endpoints: { soap11: 'http://www.OneWay.com/' },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link OneWayRequest2}.
 */
export const OneWayRequest2Schema = {
    kind: 'complex',
    name: 'OneWayRequest',
    namespace: 'http://www.OneWay.com/Name/Types',
    fields: [{ key: 'OneWayField', ns: '', type: 'string', optional: true }],
};
/**
 * Descriptor of the `OneWayRequest` body element.
 */
export const OneWayRequestSchema = {
    kind: 'complex',
    name: 'OneWayRequest',
    namespace: 'http://www.OneWay.com/Name/Types',
    fields: [{ key: 'OneWayField', ns: '', type: 'string', optional: true }],
};
/**
 * Wire facts of the OneWay operation.
 */
export const OneWayOperation = {
    name: 'OneWay',
    action: 'http://www.OneWay.com#OneWay',
    protocols: ['soap11'],
    input: {
        name: 'OneWayRequest',
        ns: 'http://www.OneWay.com/Name/Types',
        type: OneWayRequestSchema,
    },
    output: null,
    returns: 'void',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    oneWay: OneWayOperation,
};
