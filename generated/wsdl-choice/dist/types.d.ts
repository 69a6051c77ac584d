/**
 * Max length: 255.
 *
 * From specs/wsdl-choice/mixed-sequence.wsdl:11:13 (namespace http://test-soap.com/api/mixedsequence).
 */
export type Id = string;
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:36:13 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface DataList {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:38:21.
     */
    a: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:39:21.
     */
    b: number;
    /**
     * One alternative of an `xs:choice` (choice1, alternative 1): set the fields of one alternative only.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:41:25.
     */
    c: Data1[];
    /**
     * One alternative of an `xs:choice` (choice1, alternative 2): set the fields of one alternative only.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:42:25.
     */
    d: Data2[];
}
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:47:13 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface AbstractData {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:49:21.
     */
    id: string;
}
/**
 * A `AbstractData` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * `AbstractData` is abstract: a request value must name one of its subtypes in `$type`.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link AbstractData} (`$type: 'AbstractData'`).
 * Subtypes: {@link Data1}, {@link Data2}.
 */
export type AnyAbstractData = (AbstractData & {
    $type: 'AbstractData';
}) | (Data1 & {
    $type: 'Data1';
}) | (Data2 & {
    $type: 'Data2';
});
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:53:13 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface Data1 extends AbstractData {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:57:29.
     */
    value1?: string;
}
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:63:13 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface Data2 extends AbstractData {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:67:29.
     */
    value2: string;
}
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:20:17 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface GetData2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:22:25.
     */
    id: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:23:25.
     */
    index: number;
}
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:29:17 (namespace http://test-soap.com/api/mixedsequence).
 */
export interface GetDataResponse2 {
    /**
     * From specs/wsdl-choice/mixed-sequence.wsdl:31:25.
     */
    getDataResult: DataList;
}
/**
 * From specs/wsdl-choice/mixed-sequence.wsdl:74:17 (namespace http://test-soap.com/api/mixedsequence).
 */
export type CustomFault = {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * One alternative of an `xs:choice` (choice1, alternative 1): set the fields of one alternative only.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:77:29.
     */
    Error: number;
    /**
     * Wire type xs:string.
     * One alternative of an `xs:choice` (choice1, alternative 1): set the fields of one alternative only.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:78:29.
     */
    ExceptionInfo: string;
};
/**
 * The request of getData: its parameters, keyed by their wire names.
 *
 * Sent as the `getData` element.
 */
export interface GetDataRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:22:25.
     */
    id: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:23:25.
     */
    index: number;
}
/**
 * The response of getData.
 */
export interface GetDataResponse {
    /**
     * From specs/wsdl-choice/mixed-sequence.wsdl:31:25.
     */
    getDataResult: DataList;
}
/**
 * SOAP headers getData sends, keyed by element local name.
 */
export interface GetDataHeadersIn {
}
/**
 * SOAP headers getData receives, keyed by element local name.
 */
export interface GetDataHeadersOut {
}
