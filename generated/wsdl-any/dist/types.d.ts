/**
 * From specs/wsdl-any/any.wsdl:24:17 (namespace http://apache.org/hello_world_soap_http/any_types).
 */
export interface SayHi2 {
    /**
     * From specs/wsdl-any/any.wsdl:26:25.
     */
    port: SayHiPort[];
}
/**
 * Open record: further members the spec does not list are kept in `$extra` as raw XML.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-any/any.wsdl:27:29 (namespace http://apache.org/hello_world_soap_http/any_types).
 */
export interface SayHiPort {
    /** Members not described by the spec, as raw XML (this record is open to further columns). */
    $extra?: string[];
}
/**
 * From specs/wsdl-any/any.wsdl:40:17 (namespace http://apache.org/hello_world_soap_http/any_types).
 */
export interface SayHi12 {
    /**
     * From specs/wsdl-any/any.wsdl:42:25.
     */
    port: SayHi1Port[];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/wsdl-any/any.wsdl:43:29 (namespace http://apache.org/hello_world_soap_http/any_types).
 */
export interface SayHi1Port {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-any/any.wsdl:45:37.
     */
    requestType: string;
}
/**
 * From specs/wsdl-any/any.wsdl:53:17 (namespace http://apache.org/hello_world_soap_http/any_types).
 */
export interface SayHiResponse2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-any/any.wsdl:55:25.
     */
    responseType: string;
}
/**
 * The request of sayHi: its parameters, keyed by their wire names.
 *
 * Sent as the `sayHi` element.
 */
export interface SayHiRequest {
    /**
     * From specs/wsdl-any/any.wsdl:26:25.
     */
    port?: SayHiPort[];
}
/**
 * The response of sayHi.
 */
export interface SayHiResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-any/any.wsdl:55:25.
     */
    responseType: string;
}
/**
 * SOAP headers sayHi sends, keyed by element local name.
 */
export interface SayHiHeadersIn {
}
/**
 * SOAP headers sayHi receives, keyed by element local name.
 */
export interface SayHiHeadersOut {
}
/**
 * The request of sayHi1: its parameters, keyed by their wire names.
 *
 * Sent as the `sayHi1` element.
 */
export interface SayHi1Request {
    /**
     * From specs/wsdl-any/any.wsdl:42:25.
     */
    port?: SayHi1Port[];
}
/**
 * The response of sayHi1.
 */
export interface SayHi1Response {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-any/any.wsdl:55:25.
     */
    responseType: string;
}
/**
 * SOAP headers sayHi1 sends, keyed by element local name.
 */
export interface SayHi1HeadersIn {
}
/**
 * SOAP headers sayHi1 receives, keyed by element local name.
 */
export interface SayHi1HeadersOut {
}
