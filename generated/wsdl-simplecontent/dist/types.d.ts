/**
 * From specs/wsdl-simplecontent/test.wsdl:38:7 (namespace http://www.mnb.hu/webservices/).
 */
export interface ResponseStatus {
    /**
     * From specs/wsdl-simplecontent/test.wsdl:40:11.
     */
    status: ResponseStatusStatus[];
    /**
     * Sent as the XML attribute `responseCode`.
     *
     * From specs/wsdl-simplecontent/test.wsdl:57:9.
     */
    responseCode?: ResponseStatusResponseCode;
}
/**
 * From specs/wsdl-simplecontent/test.wsdl:41:13 (namespace http://www.mnb.hu/webservices/).
 */
export interface ResponseStatusStatus {
    /**
     * Wire type xs:string.
     * The text content of the element (XSD simpleContent).
     *
     * From specs/wsdl-simplecontent/test.wsdl:43:17.
     */
    $value: string;
    /**
     * Sent as the XML attribute `code`.
     *
     * From specs/wsdl-simplecontent/test.wsdl:44:19.
     */
    code: ResponseStatusStatusCode;
}
/**
 * From specs/wsdl-simplecontent/test.wsdl:45:21 (namespace http://www.mnb.hu/webservices/).
 */
export type ResponseStatusStatusCode = 'UnrecognizedTrimName' | 'UnusedTrimName';
/**
 * From specs/wsdl-simplecontent/test.wsdl:60:9 (namespace http://www.mnb.hu/webservices/).
 */
export type ResponseStatusResponseCode = 'Successful' | 'Unsuccessful' | 'ConditionallySuccessful';
/**
 * From specs/wsdl-simplecontent/test.wsdl:12:9 (namespace http://www.mnb.hu/webservices/).
 */
export interface GetInfo {
    /**
     * comment
     *
     * Wire type xs:string.
     * Min length: 2.
     *
     * From specs/wsdl-simplecontent/test.wsdl:14:13.
     */
    Id: string;
}
/**
 * From specs/wsdl-simplecontent/test.wsdl:28:9 (namespace http://www.mnb.hu/webservices/).
 */
export interface GetInfoResponse {
    /**
     * this is a comment
     *
     * Wire type xs:string.
     *
     * From specs/wsdl-simplecontent/test.wsdl:30:13.
     */
    GetInfoResult?: string;
}
/**
 * - `enum1`: First enum value
 * - `enum2`: Second enum value
 *
 * From specs/wsdl-simplecontent/test.wsdl:73:9 (namespace http://www.mnb.hu/webservices/).
 */
export type ElementWithLocalSimpleType = 'enum1' | 'enum2';
/**
 * The request of GetInfoSoap: its parameters, keyed by their wire names.
 *
 * Sent as the `GetInfo` element.
 */
export interface GetInfoSoapRequest {
    /**
     * comment
     *
     * Wire type xs:string.
     * Min length: 2.
     *
     * From specs/wsdl-simplecontent/test.wsdl:14:13.
     */
    Id: string;
}
/**
 * The response of GetInfoSoap.
 */
export interface GetInfoSoapResponse {
    /**
     * this is a comment
     *
     * Wire type xs:string.
     *
     * From specs/wsdl-simplecontent/test.wsdl:30:13.
     */
    GetInfoResult?: string;
}
/**
 * SOAP headers GetInfoSoap sends, keyed by element local name.
 */
export interface GetInfoSoapHeadersIn {
}
/**
 * SOAP headers GetInfoSoap receives, keyed by element local name.
 */
export interface GetInfoSoapHeadersOut {
}
