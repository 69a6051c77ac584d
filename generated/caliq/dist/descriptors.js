/** Where the service is served. */
export const SERVICE = { name: 'Caliq' };
/**
 * Descriptor of {@link InteractionCreateParams}.
 */
export const InteractionCreateParamsSchema = {
    kind: 'complex',
    name: 'InteractionCreateParams',
    fields: [
        { key: 'apiKey', type: 'string', facets: { notBlank: true } },
        {
            key: 'ChannelID',
            type: 'int',
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        {
            key: 'CustomerID',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'AccountNo', type: 'string', facets: { maxLength: 10, notBlank: true } },
        {
            key: 'ContactID',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'UniqueID', type: 'string', facets: { notBlank: true } },
        { key: 'Kind', type: 'string', facets: { maxLength: 1, notBlank: true } },
        { key: 'ContactedBy', type: 'string', facets: { maxLength: 10, notBlank: true } },
        { key: 'ContactedFirstName', type: 'string', facets: { maxLength: 50, notBlank: true } },
        { key: 'ContactedSurname', type: 'string', facets: { maxLength: 50, notBlank: true } },
        { key: 'OnDateTime', type: 'string', optional: true },
        { key: 'Notes', type: 'string', optional: true },
        { key: 'FollowUpDateTime', type: 'string', optional: true },
        { key: 'FollowUpBy', type: 'string', facets: { maxLength: 10, notBlank: true } },
        { key: 'FollowUpNotes', type: 'string', optional: true },
    ],
};
/**
 * Descriptor of {@link InteractionAddResults}.
 */
export const InteractionAddResultsSchema = {
    kind: 'complex',
    name: 'InteractionAddResults',
    fields: [
        {
            key: 'InteractionAddData',
            get type() {
                return InteractionAddDataSchema;
            },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link InteractionAddData}.
 */
export const InteractionAddDataSchema = {
    kind: 'complex',
    name: 'InteractionAddData',
    fields: [
        { key: 'OK', type: 'boolean', optional: true },
        {
            key: 'InteractionCreateIssues',
            get type() {
                return InteractionCreateIssueSchema;
            },
            array: true,
            item: { name: 'InteractionCreateIssue' },
            optional: true,
        },
    ],
};
/**
 * Descriptor of {@link InteractionCreateIssue}.
 */
export const InteractionCreateIssueSchema = {
    kind: 'complex',
    name: 'InteractionCreateIssue',
    fields: [
        {
            key: 'ID',
            type: 'int',
            optional: true,
            facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' },
        },
        { key: 'Message', type: 'string', optional: true },
        { key: 'ExtraData', type: 'string', optional: true },
    ],
};
/**
 * Wire facts of POST api/v1/InteractionCreate.
 */
export const InteractionCreateOperation = {
    name: 'InteractionCreate',
    method: 'POST',
    path: 'api/v1/InteractionCreate',
    body: {
        get type() {
            return InteractionCreateParamsSchema;
        },
        xmlRoot: 'InteractionCreateParams',
        xmlNs: '',
    },
    response: {
        get type() {
            return InteractionAddResultsSchema;
        },
        xmlRoot: 'InteractionAddResults',
        xmlNs: '',
    },
    requestFormats: ['json', 'xml'],
    responseFormats: ['json', 'xml'],
    xmlFlavour: 'xmlserializer',
    statuses: {
        400: 'Bad Request - parameters supplied cannot be properly interpreted',
        401: 'Not Authorised if supplied api key is not valid',
        503: 'Service Unavailable',
    },
};
/** Every endpoint's descriptor, keyed by client method name. */
export const OPERATIONS = {
    interactionCreate: InteractionCreateOperation,
};
