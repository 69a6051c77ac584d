/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:7:4 (namespace http://soapinterop.org/xsd).
 */
export interface ArrayOfstring {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:9:6.
     */
    item: string[] | null;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:14:4 (namespace http://soapinterop.org/xsd).
 */
export interface ArrayOfint {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:16:6.
     */
    item: number[] | null;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:21:4 (namespace http://soapinterop.org/xsd).
 */
export interface ArrayOffloat {
    /**
     * Wire type xs:float.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:23:6.
     */
    item: number[] | null;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:28:4 (namespace http://soapinterop.org/xsd).
 */
export interface ArrayOfSOAPStruct {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:30:6.
     */
    item: SOAPStruct[] | null;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:35:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPStruct {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:37:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:38:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:39:6.
     */
    varFloat: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:35:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPStructInput {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:37:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:38:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:39:6.
     */
    varFloat: string;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:42:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPStructStruct {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:44:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:45:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:46:6.
     */
    varFloat: string;
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:47:6.
     */
    varStruct: SOAPStruct;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:42:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPStructStructInput {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:44:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:45:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:46:6.
     */
    varFloat: string;
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:47:6.
     */
    varStruct: SOAPStructInput;
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:50:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPArrayStruct {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:52:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:53:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:54:6.
     */
    varFloat: string;
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `varArray`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:55:6.
     */
    varArray: string[];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:50:4 (namespace http://soapinterop.org/xsd).
 */
export interface SOAPArrayStructInput {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:52:6.
     */
    varString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:53:6.
     */
    varInt: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:54:6.
     */
    varFloat: string;
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `varArray`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:55:6.
     */
    varArray: string[];
}
/**
 * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:58:13 (namespace http://soapinterop.org/xsd).
 */
export interface ArrayOfString2D {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:60:4.
     */
    item: string[] | null;
}
/**
 * The request of echoStructAsSimpleTypes: its parameters, keyed by their wire names.
 *
 * Sent as the `echoStructAsSimpleTypes` element.
 */
export interface EchoStructAsSimpleTypesRequest {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:69:3.
     */
    inputStruct: SOAPStructInput;
}
/**
 * The response of echoStructAsSimpleTypes.
 */
export interface EchoStructAsSimpleTypesResponse {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:72:3.
     */
    outputString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:73:3.
     */
    outputInteger: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:74:3.
     */
    outputFloat: string;
}
/**
 * SOAP headers echoStructAsSimpleTypes sends, keyed by element local name.
 */
export interface EchoStructAsSimpleTypesHeadersIn {
}
/**
 * SOAP headers echoStructAsSimpleTypes receives, keyed by element local name.
 */
export interface EchoStructAsSimpleTypesHeadersOut {
}
/**
 * The request of echoSimpleTypesAsStruct: its parameters, keyed by their wire names.
 *
 * Sent as the `echoSimpleTypesAsStruct` element.
 */
export interface EchoSimpleTypesAsStructRequest {
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:77:3.
     */
    inputString: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:78:3.
     */
    inputInteger: string;
    /**
     * Wire type xs:anyType.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:79:3.
     */
    inputFloat: string;
}
/**
 * The response of echoSimpleTypesAsStruct.
 */
export interface EchoSimpleTypesAsStructResponse {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:82:3.
     */
    return: SOAPStruct;
}
/**
 * SOAP headers echoSimpleTypesAsStruct sends, keyed by element local name.
 */
export interface EchoSimpleTypesAsStructHeadersIn {
}
/**
 * SOAP headers echoSimpleTypesAsStruct receives, keyed by element local name.
 */
export interface EchoSimpleTypesAsStructHeadersOut {
}
/**
 * The request of echo2DStringArray: its parameters, keyed by their wire names.
 *
 * Sent as the `echo2DStringArray` element.
 */
export interface Echo2DStringArrayRequest {
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `input2DStringArray`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:85:3.
     */
    input2DStringArray: string[];
}
/**
 * The response of echo2DStringArray.
 */
export interface Echo2DStringArrayResponse {
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `return`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:88:3.
     */
    return: string[];
}
/**
 * SOAP headers echo2DStringArray sends, keyed by element local name.
 */
export interface Echo2DStringArrayHeadersIn {
}
/**
 * SOAP headers echo2DStringArray receives, keyed by element local name.
 */
export interface Echo2DStringArrayHeadersOut {
}
/**
 * The request of echoNestedStruct: its parameters, keyed by their wire names.
 *
 * Sent as the `echoNestedStruct` element.
 */
export interface EchoNestedStructRequest {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:91:3.
     */
    inputStruct: SOAPStructStructInput;
}
/**
 * The response of echoNestedStruct.
 */
export interface EchoNestedStructResponse {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:94:3.
     */
    return: SOAPStructStruct;
}
/**
 * SOAP headers echoNestedStruct sends, keyed by element local name.
 */
export interface EchoNestedStructHeadersIn {
}
/**
 * SOAP headers echoNestedStruct receives, keyed by element local name.
 */
export interface EchoNestedStructHeadersOut {
}
/**
 * The request of echoNestedArray: its parameters, keyed by their wire names.
 *
 * Sent as the `echoNestedArray` element.
 */
export interface EchoNestedArrayRequest {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:97:3.
     */
    inputStruct: SOAPArrayStructInput;
}
/**
 * The response of echoNestedArray.
 */
export interface EchoNestedArrayResponse {
    /**
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:100:3.
     */
    return: SOAPArrayStruct;
}
/**
 * SOAP headers echoNestedArray sends, keyed by element local name.
 */
export interface EchoNestedArrayHeadersIn {
}
/**
 * SOAP headers echoNestedArray receives, keyed by element local name.
 */
export interface EchoNestedArrayHeadersOut {
}
