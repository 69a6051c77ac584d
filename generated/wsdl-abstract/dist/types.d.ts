/**
 * From specs/wsdl-abstract/cardealer.wsdl:27:13 (namespace http://apache.org/type_substitution/).
 */
export interface Car {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:29:21.
     */
    make?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:30:21.
     */
    model?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:31:21.
     */
    year?: string;
}
/**
 * A `car` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * `car` is abstract: a request value must name one of its subtypes in `$type`.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link Car} (`$type: 'Car'`).
 * Subtypes: {@link Porsche}.
 */
export type AnyCar = (Car & {
    $type: 'Car';
}) | (Porsche & {
    $type: 'Porsche';
});
/**
 * From specs/wsdl-abstract/cardealer.wsdl:34:13 (namespace http://apache.org/type_substitution/).
 */
export interface Porsche extends Car {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:38:29.
     */
    color?: string;
}
/**
 * From specs/wsdl-abstract/cardealer.wsdl:43:13 (namespace http://apache.org/type_substitution/).
 */
export interface GetSedans2 {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:45:21.
     */
    arg0?: string;
}
/**
 * From specs/wsdl-abstract/cardealer.wsdl:48:13 (namespace http://apache.org/type_substitution/).
 */
export interface GetSedansResponse2 {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:50:21.
     */
    return: AnyCar[] | null;
}
/**
 * The request of getSedans: its parameters, keyed by their wire names.
 *
 * Sent as the `getSedans` element.
 */
export interface GetSedansRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:45:21.
     */
    arg0?: string;
}
/**
 * The response of getSedans.
 */
export interface GetSedansResponse {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:50:21.
     */
    return: AnyCar[] | null;
}
/**
 * SOAP headers getSedans sends, keyed by element local name.
 */
export interface GetSedansHeadersIn {
}
/**
 * SOAP headers getSedans receives, keyed by element local name.
 */
export interface GetSedansHeadersOut {
}
/**
 * The request of tradeIn: its parameters, keyed by their wire names.
 *
 * Sent as the `tradeIn` element.
 */
export interface TradeInRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:29:21.
     */
    make?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:30:21.
     */
    model?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:31:21.
     */
    year?: string;
}
/**
 * The response of tradeIn.
 */
export interface TradeInResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:29:21.
     */
    make?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:30:21.
     */
    model?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:31:21.
     */
    year?: string;
}
/**
 * SOAP headers tradeIn sends, keyed by element local name.
 */
export interface TradeInHeadersIn {
}
/**
 * SOAP headers tradeIn receives, keyed by element local name.
 */
export interface TradeInHeadersOut {
}
