/**
 * From specs/wsdl-one-way/one-way.wsdl:9:17 (namespace http://www.OneWay.com/Name/Types).
 */
export interface OneWayRequest2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-one-way/one-way.wsdl:11:25.
     */
    OneWayField?: string;
}
/**
 * The request of OneWay: its parameters, keyed by their wire names.
 *
 * Sent as the `OneWayRequest` element.
 */
export interface OneWayRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-one-way/one-way.wsdl:11:25.
     */
    OneWayField?: string;
}
/**
 * SOAP headers OneWay sends, keyed by element local name.
 */
export interface OneWayHeadersIn {
}
/**
 * SOAP headers OneWay receives, keyed by element local name.
 */
export interface OneWayHeadersOut {
}
