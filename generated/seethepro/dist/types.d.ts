/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/seethepro/001_4162bf955ea22d00.txt:6:1 (namespace http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models).
 */
export interface CreateVspInteraction {
    /**
     * Wire type xs:string.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:8:3.
     */
    AppAccessKey: string;
    /**
     * Wire type xs:string.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:11:3.
     */
    InteractionIdentity: string;
    /**
     * Wire type xs:string.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:14:3.
     */
    InteractionName: string;
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:17:3.
     */
    AccountId: string;
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:20:3.
     */
    ContactId: string;
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:23:3.
     */
    TenantKey?: string;
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:26:3.
     */
    GroupKey?: string;
}
/**
 * From specs/seethepro/001_4162bf955ea22d00.txt:48:1 (namespace http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models).
 */
export interface VspInteraction {
    /**
     * Wire type xs:string.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:50:3.
     */
    InteractionId?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:53:3.
     */
    CampaignKey?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:56:3.
     */
    InteractionUrl?: string;
}
