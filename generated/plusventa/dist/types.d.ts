/**
 * The request of CreateInteraction: its parameters, keyed by their wire names.
 *
 * Sent as the `CreateInteraction` element.
 */
export interface CreateInteractionRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:38:7.
     */
    username?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:39:7.
     */
    interactionTemplateCode?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:40:7.
     */
    contactCode?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:41:7.
     */
    evaluation: number;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:42:7.
     */
    duration: string | number | bigint;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:43:7.
     */
    description?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:44:7.
     */
    comments?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:45:7.
     */
    interactionDateTime?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:46:7.
     */
    locationLatitude?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:47:7.
     */
    locationLongitude?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:48:7.
     */
    locationAddress?: string;
}
/**
 * The response of CreateInteraction.
 */
export interface CreateInteractionResponse {
}
/**
 * SOAP headers CreateInteraction sends, keyed by element local name.
 */
export interface CreateInteractionHeadersIn {
}
/**
 * SOAP headers CreateInteraction receives, keyed by element local name.
 */
export interface CreateInteractionHeadersOut {
}
