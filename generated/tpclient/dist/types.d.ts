/**
 * From specs/tpclient/003_2ef636b388e450eb.txt:43:9 (namespace http://tempuri.org/).
 */
export interface Response {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:44:11.
     */
    responseCode: number;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:45:11.
     */
    responseDescription?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:46:11.
     */
    encryptedSymmetrickey?: string;
}
/**
 * From specs/tpclient/003_2ef636b388e450eb.txt:48:9 (namespace http://tempuri.org/).
 */
export interface ChatRequest {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:49:11.
     */
    IdRequest: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:50:11.
     */
    CaseNumber: number;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:51:11.
     */
    CreationDate: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:52:11.
     */
    IdQueue: number;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:53:11.
     */
    KeepAliveRouterDate: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:54:11.
     */
    AssignAgentRouterDate: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:55:11.
     */
    IdConnection: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:56:11.
     */
    IdRequestTransfer: number;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:57:11.
     */
    UserName?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:58:11.
     */
    UserLastName?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:59:11.
     */
    UserEmail?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:60:11.
     */
    UserOffsetTime: number;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:61:11.
     */
    EncryptedChatRequestId?: string;
}
/**
 * From specs/tpclient/003_2ef636b388e450eb.txt:42:7 (namespace http://tempuri.org/).
 */
export interface GetChatRequestByConnectionIdResult {
    /**
     * From specs/tpclient/003_2ef636b388e450eb.txt:43:9.
     */
    response?: Response;
    /**
     * From specs/tpclient/003_2ef636b388e450eb.txt:48:9.
     */
    ChatRequest?: ChatRequest;
}
/**
 * The request of GetChatRequestByConnectionId: its parameters, keyed by their wire names.
 *
 * Sent as the `GetChatRequestByConnectionId` element.
 */
export interface GetChatRequestByConnectionIdRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:26:7.
     */
    PublicKey1?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:27:7.
     */
    EncryptedUser?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:28:7.
     */
    EncryptedPassword?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:29:7.
     */
    EncryptedSignature?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:30:7.
     */
    ChatConnectionIDBD?: string;
}
/**
 * The response of GetChatRequestByConnectionId.
 */
export interface GetChatRequestByConnectionIdResponse {
    /**
     * From specs/tpclient/003_2ef636b388e450eb.txt:42:7.
     */
    GetChatRequestByConnectionIdResult?: GetChatRequestByConnectionIdResult;
}
/**
 * SOAP headers GetChatRequestByConnectionId sends, keyed by element local name.
 */
export interface GetChatRequestByConnectionIdHeadersIn {
}
/**
 * SOAP headers GetChatRequestByConnectionId receives, keyed by element local name.
 */
export interface GetChatRequestByConnectionIdHeadersOut {
}
