/** Where and how the service is served. */
export const SERVICE = {
    name: 'TPClientWebServicesAPI',
    endpoints: {
        soap11: 'https://semp.teleperformance.com.br/semp/TPClientWebServicesAPI.asmx',
        soap12: 'https://semp.teleperformance.com.br/semp/TPClientWebServicesAPI.asmx',
    },
    defaultProtocol: 'soap11',
};
/**
 * Descriptor of {@link Response2}.
 */
export const Response2Schema = {
    kind: 'complex',
    name: 'response',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'responseCode',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'responseDescription', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'encryptedSymmetrickey', ns: 'http://tempuri.org/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link ChatRequest}.
 */
export const ChatRequestSchema = {
    kind: 'complex',
    name: 'ChatRequest',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'IdRequest',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'CaseNumber',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'CreationDate', ns: 'http://tempuri.org/', type: 'dateTime' },
        {
            key: 'IdQueue',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'KeepAliveRouterDate', ns: 'http://tempuri.org/', type: 'dateTime' },
        { key: 'AssignAgentRouterDate', ns: 'http://tempuri.org/', type: 'dateTime' },
        {
            key: 'IdConnection',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'IdRequestTransfer',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'UserName', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'UserLastName', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'UserEmail', ns: 'http://tempuri.org/', type: 'string', optional: true },
        {
            key: 'UserOffsetTime',
            ns: 'http://tempuri.org/',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'EncryptedChatRequestId', ns: 'http://tempuri.org/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link GetChatRequestByConnectionIdResult}.
 */
export const GetChatRequestByConnectionIdResultSchema = {
    kind: 'complex',
    name: 'GetChatRequestByConnectionIdResult',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'response',
            ns: 'http://tempuri.org/',
            get type() {
                return Response2Schema;
            },
            optional: true,
        },
        {
            key: 'ChatRequest',
            ns: 'http://tempuri.org/',
            get type() {
                return ChatRequestSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of the `GetChatRequestByConnectionId` body element.
 */
export const GetChatRequestByConnectionIdRequestSchema = {
    kind: 'complex',
    name: 'GetChatRequestByConnectionId',
    namespace: 'http://tempuri.org/',
    fields: [
        { key: 'PublicKey1', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'EncryptedUser', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'EncryptedPassword', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'EncryptedSignature', ns: 'http://tempuri.org/', type: 'string', optional: true },
        { key: 'ChatConnectionIDBD', ns: 'http://tempuri.org/', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of the `GetChatRequestByConnectionIdResponse` body element.
 */
export const GetChatRequestByConnectionIdResponseSchema = {
    kind: 'complex',
    name: 'GetChatRequestByConnectionIdResponse',
    namespace: 'http://tempuri.org/',
    fields: [
        {
            key: 'GetChatRequestByConnectionIdResult',
            ns: 'http://tempuri.org/',
            get type() {
                return GetChatRequestByConnectionIdResultSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Wire facts of the GetChatRequestByConnectionId operation.
 */
export const GetChatRequestByConnectionIdOperation = {
    name: 'GetChatRequestByConnectionId',
    action: 'http://tempuri.org/GetChatRequestByConnectionId',
    protocols: ['soap11', 'soap12'],
    input: {
        name: 'GetChatRequestByConnectionId',
        ns: 'http://tempuri.org/',
        type: GetChatRequestByConnectionIdRequestSchema,
    },
    output: {
        name: 'GetChatRequestByConnectionIdResponse',
        ns: 'http://tempuri.org/',
        type: GetChatRequestByConnectionIdResponseSchema,
    },
    returns: 'result',
    resultKey: 'GetChatRequestByConnectionIdResult',
};
/** Every operation's descriptor, keyed by client method name. */
export const OPERATIONS = {
    getChatRequestByConnectionId: GetChatRequestByConnectionIdOperation,
};
