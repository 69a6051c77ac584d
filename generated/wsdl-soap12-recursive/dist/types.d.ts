/**
 * From specs/wsdl-soap12-recursive/self_referencing.wsdl:14:1 (namespace http://tempuri.org/).
 */
export interface Node {
    /**
     * Wire type xs:string.
     *
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:16:1.
     */
    Name?: string;
    /**
     * Wrapped: each item is an `Node` element inside `Children`.
     *
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:17:1.
     */
    Children?: Node[];
}
/**
 * From specs/wsdl-soap12-recursive/self_referencing.wsdl:20:1 (namespace http://tempuri.org/).
 */
export interface ArrayOfNode {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:22:1.
     */
    Node: Node[] | null;
}
/**
 * From specs/wsdl-soap12-recursive/self_referencing.wsdl:5:1 (namespace http://tempuri.org/).
 */
export interface GetNodes2 {
}
/**
 * From specs/wsdl-soap12-recursive/self_referencing.wsdl:8:1 (namespace http://tempuri.org/).
 */
export interface GetNodesResponse2 {
    /**
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:10:1.
     */
    GetNodesResult?: Node;
}
/**
 * The request of GetNodes: its parameters, keyed by their wire names.
 *
 * Sent as the `GetNodes` element.
 */
export interface GetNodesRequest {
}
/**
 * The response of GetNodes.
 */
export interface GetNodesResponse {
    /**
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:10:1.
     */
    GetNodesResult?: Node;
}
/**
 * SOAP headers GetNodes sends, keyed by element local name.
 */
export interface GetNodesHeadersIn {
}
/**
 * SOAP headers GetNodes receives, keyed by element local name.
 */
export interface GetNodesHeadersOut {
}
