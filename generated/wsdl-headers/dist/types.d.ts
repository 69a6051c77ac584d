/**
 * From specs/wsdl-headers/soapheader.wsdl:122:13 (namespace http://apache.org/tests/type_test/all).
 */
export interface SimpleAll {
    /**
     * Wire type xs:float.
     *
     * From specs/wsdl-headers/soapheader.wsdl:124:21.
     */
    varFloat: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-headers/soapheader.wsdl:125:21.
     */
    varInt: number;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:126:21.
     */
    varString: string;
    /**
     * Wire type xs:string.
     * Sent as the XML attribute `varAttrString`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:128:17.
     */
    varAttrString?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-headers/soapheader.wsdl:122:13 (namespace http://apache.org/tests/type_test/all).
 */
export interface SimpleAllInput {
    /**
     * Wire type xs:float.
     *
     * From specs/wsdl-headers/soapheader.wsdl:124:21.
     */
    varFloat: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-headers/soapheader.wsdl:125:21.
     */
    varInt: number;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:126:21.
     */
    varString: string;
    /**
     * Wire type xs:string.
     * Sent as the XML attribute `varAttrString`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:128:17.
     */
    varAttrString?: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:133:13 (namespace http://apache.org/tests/type_test/sequence).
 */
export interface SimpleStruct {
    /**
     * Wire type xs:float.
     *
     * From specs/wsdl-headers/soapheader.wsdl:135:21.
     */
    varFloat: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-headers/soapheader.wsdl:136:21.
     */
    varInt: number;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:137:21.
     */
    varString: string;
    /**
     * Wire type xs:string.
     * Sent as the XML attribute `varAttrString`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:139:17.
     */
    varAttrString?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-headers/soapheader.wsdl:144:13 (namespace http://apache.org/tests/type_test/choice).
 */
export type SimpleChoice = {
    /**
     * Wire type xs:float.
     * One alternative of an `xs:choice` (choice1, alternative 1): set the fields of one alternative only.
     *
     * From specs/wsdl-headers/soapheader.wsdl:146:21.
     */
    varFloat: number;
    varInt?: never;
    varString?: never;
} | {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * One alternative of an `xs:choice` (choice1, alternative 2): set the fields of one alternative only.
     *
     * From specs/wsdl-headers/soapheader.wsdl:147:21.
     */
    varInt: number;
    varFloat?: never;
    varString?: never;
} | {
    /**
     * Wire type xs:string.
     * One alternative of an `xs:choice` (choice1, alternative 3): set the fields of one alternative only.
     *
     * From specs/wsdl-headers/soapheader.wsdl:148:21.
     */
    varString: string;
    varFloat?: never;
    varInt?: never;
};
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-headers/soapheader.wsdl:24:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader12 {
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:27:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader1Response2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:29:25.
     */
    responseType: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:34:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader22 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:36:25.
     */
    requestType: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:41:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader2Response2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:43:25.
     */
    responseType: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:48:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader32 {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:50:25.
     */
    requestType: string | null;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-headers/soapheader.wsdl:48:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader32Input {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:50:25.
     */
    requestType: string | null;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:55:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader3Response2 {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:57:25.
     */
    responseType: string | null;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:62:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader42 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:64:25.
     */
    requestType: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:69:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader4Response2 {
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:72:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeaderMessage {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:74:25.
     */
    requestType: string | null;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-headers/soapheader.wsdl:72:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeaderMessageInput {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:74:25.
     */
    requestType: string | null;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:79:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader52 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:81:25.
     */
    requestType: string;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:86:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader5ResponseBody {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-headers/soapheader.wsdl:88:25.
     */
    responseType: number;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:93:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader6 {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:95:25.
     */
    requestType: string | null;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:100:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader6Response {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:102:25.
     */
    responseType: string | null;
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:107:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader72 {
}
/**
 * From specs/wsdl-headers/soapheader.wsdl:113:17 (namespace http://apache.org/header_test/types).
 */
export interface TestHeader7Response2 {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:115:25.
     */
    responseType: string | null;
}
/**
 * The request of testHeader1: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader1` element.
 */
export interface TestHeader1Request {
}
/**
 * The response of testHeader1.
 */
export interface TestHeader1Response {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:29:25.
     */
    responseType: string;
}
/**
 * SOAP headers testHeader1 sends, keyed by element local name.
 */
export interface TestHeader1HeadersIn {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:214:9.
     */
    testHeader1?: TestHeader12;
}
/**
 * SOAP headers testHeader1 receives, keyed by element local name.
 */
export interface TestHeader1HeadersOut {
}
/**
 * The request of testHeader2: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader2` element.
 */
export interface TestHeader2Request {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:36:25.
     */
    requestType: string;
}
/**
 * The response of testHeader2.
 */
export interface TestHeader2Response {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:43:25.
     */
    responseType: string;
}
/**
 * SOAP headers testHeader2 sends, keyed by element local name.
 */
export interface TestHeader2HeadersIn {
}
/**
 * SOAP headers testHeader2 receives, keyed by element local name.
 */
export interface TestHeader2HeadersOut {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:218:9.
     */
    testHeader2Response?: TestHeader2Response2;
}
/**
 * The request of testHeader3: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader3` element.
 */
export interface TestHeader3Request {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:50:25.
     */
    requestType: string | null;
}
/**
 * The response of testHeader3.
 */
export interface TestHeader3Response {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:57:25.
     */
    responseType: string | null;
}
/**
 * SOAP headers testHeader3 sends, keyed by element local name.
 */
export interface TestHeader3HeadersIn {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:222:9.
     */
    testHeader3?: TestHeader32Input;
}
/**
 * SOAP headers testHeader3 receives, keyed by element local name.
 */
export interface TestHeader3HeadersOut {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:222:9.
     */
    testHeader3?: TestHeader32;
}
/**
 * The request of testHeader4: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader4` element.
 */
export interface TestHeader4Request {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:64:25.
     */
    requestType: string;
}
/**
 * The response of testHeader4.
 */
export interface TestHeader4Response {
}
/**
 * SOAP headers testHeader4 sends, keyed by element local name.
 */
export interface TestHeader4HeadersIn {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:226:9.
     */
    testHeaderMessage?: TestHeaderMessageInput;
}
/**
 * SOAP headers testHeader4 receives, keyed by element local name.
 */
export interface TestHeader4HeadersOut {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:226:9.
     */
    testHeaderMessage?: TestHeaderMessage;
}
/**
 * The request of testHeader5: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader5` element.
 */
export interface TestHeader5Request {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-headers/soapheader.wsdl:81:25.
     */
    requestType: string;
}
/**
 * The response of testHeader5.
 */
export interface TestHeader5Response {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-headers/soapheader.wsdl:88:25.
     */
    responseType: number;
}
/**
 * SOAP headers testHeader5 sends, keyed by element local name.
 */
export interface TestHeader5HeadersIn {
}
/**
 * SOAP headers testHeader5 receives, keyed by element local name.
 */
export interface TestHeader5HeadersOut {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:230:9.
     */
    testHeader5?: TestHeader52;
}
/**
 * The request of testHeaderPartBeforeBodyPart: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader6` element.
 */
export interface TestHeaderPartBeforeBodyPartRequest {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:95:25.
     */
    requestType: string | null;
}
/**
 * The response of testHeaderPartBeforeBodyPart.
 */
export interface TestHeaderPartBeforeBodyPartResponse {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:102:25.
     */
    responseType: string | null;
}
/**
 * SOAP headers testHeaderPartBeforeBodyPart sends, keyed by element local name.
 */
export interface TestHeaderPartBeforeBodyPartHeadersIn {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:234:9.
     */
    testHeader3?: TestHeader32Input;
}
/**
 * SOAP headers testHeaderPartBeforeBodyPart receives, keyed by element local name.
 */
export interface TestHeaderPartBeforeBodyPartHeadersOut {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:234:9.
     */
    testHeader3?: TestHeader32;
}
/**
 * The request of send_receive_any_type: its parameters, keyed by their wire names.
 */
export interface SendReceiveAnyTypeRequest {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:206:9.
     */
    test_all: SimpleAllInput;
    /**
     * From specs/wsdl-headers/soapheader.wsdl:207:9.
     */
    test_chc: SimpleChoice;
}
/**
 * The response of send_receive_any_type.
 */
export interface SendReceiveAnyTypeResponse {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:210:9.
     */
    test_all: SimpleAll;
    /**
     * From specs/wsdl-headers/soapheader.wsdl:211:9.
     */
    test_seq: SimpleStruct;
}
/**
 * SOAP headers send_receive_any_type sends, keyed by element local name.
 */
export interface SendReceiveAnyTypeHeadersIn {
}
/**
 * SOAP headers send_receive_any_type receives, keyed by element local name.
 */
export interface SendReceiveAnyTypeHeadersOut {
}
/**
 * The request of testHeader7: its parameters, keyed by their wire names.
 *
 * Sent as the `testHeader7` element.
 */
export interface TestHeader7Request {
}
/**
 * The response of testHeader7.
 */
export interface TestHeader7Response {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:115:25.
     */
    responseType: string | null;
}
/**
 * SOAP headers testHeader7 sends, keyed by element local name.
 */
export interface TestHeader7HeadersIn {
    /**
     * From specs/wsdl-headers/soapheader.wsdl:242:9.
     */
    testHeaderMessage?: TestHeaderMessageInput;
}
/**
 * SOAP headers testHeader7 receives, keyed by element local name.
 */
export interface TestHeader7HeadersOut {
}
