/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/caliq/002_4b29a305a994e0e0.txt:7:1.
 */
export interface InteractionCreateParams {
    /**
     * Please contact Caliq support to get your key
     *
     * Wire type xs:string.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:9:1.
     */
    apiKey: string;
    /**
     * List of channels can be retrieved via API
     *
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:13:1.
     */
    ChannelID: number;
    /**
     * Caliq internal unique customer identifier. Required if AccountNo not set
     *
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:17:1.
     */
    CustomerID?: number;
    /**
     * User entered unique customer account number. Required if CustomerID not set
     *
     * Wire type xs:string.
     * Max length: 10.
     *
     * Annotated Required: the validator refuses a request without it.
     * The page annotates this member Required, but its description says otherwise ("User entered unique customer account number. Required if CustomerID not set"): the annotation is enforced; pass `validate: false` in the call options to send without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:21:1.
     */
    AccountNo: string;
    /**
     * Caliq internal unique contact identifier of the person the interaction was with
     *
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:25:1.
     */
    ContactID?: number;
    /**
     * GUID for this call to uniquely identify it. Must be set
     *
     * Wire type xs:string.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:29:1.
     */
    UniqueID: string;
    /**
     * Interaction type (C)all, (E)mail, (V)isit
     *
     * Wire type xs:string.
     * Max length: 1.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:33:1.
     */
    Kind: string;
    /**
     * Employee ID of the person interacting with the customer
     *
     * Wire type xs:string.
     * Max length: 10.
     *
     * Annotated Required: the validator refuses a request without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:37:1.
     */
    ContactedBy: string;
    /**
     * If ContactID is not set, first name of person interacted with
     *
     * Wire type xs:string.
     * Max length: 50.
     *
     * Annotated Required: the validator refuses a request without it.
     * The page annotates this member Required, but its description says otherwise ("If ContactID is not set, first name of person interacted with"): the annotation is enforced; pass `validate: false` in the call options to send without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:41:1.
     */
    ContactedFirstName: string;
    /**
     * If ContactID is not set, surname of person interacted with
     *
     * Wire type xs:string.
     * Max length: 50.
     *
     * Annotated Required: the validator refuses a request without it.
     * The page annotates this member Required, but its description says otherwise ("If ContactID is not set, surname of person interacted with"): the annotation is enforced; pass `validate: false` in the call options to send without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:45:1.
     */
    ContactedSurname: string;
    /**
     * Date/time the interaction took place
     *
     * Wire type xs:string.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:49:1.
     */
    OnDateTime?: string;
    /**
     * Notes of the interaction
     *
     * Wire type xs:string.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:53:1.
     */
    Notes?: string;
    /**
     * Date/time of any follow up. Leave blank if no follow up
     *
     * Wire type xs:string.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:57:1.
     */
    FollowUpDateTime?: string;
    /**
     * Employee ID of the person to follow up with the customer. Leave empty if no follow up
     *
     * Wire type xs:string.
     * Max length: 10.
     *
     * Annotated Required: the validator refuses a request without it.
     * The page annotates this member Required, but its description says otherwise ("Employee ID of the person to follow up with the customer. Leave empty if no follow up"): the annotation is enforced; pass `validate: false` in the call options to send without it.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:61:1.
     */
    FollowUpBy: string;
    /**
     * Follow Up Notes
     *
     * Wire type xs:string.
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:65:1.
     */
    FollowUpNotes?: string;
}
/**
 * From specs/caliq/002_4b29a305a994e0e0.txt:81:1.
 */
export interface InteractionAddResults {
    /**
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    InteractionAddData?: InteractionAddData;
}
/**
 * The help page refers to the model `InteractionAddData` but does not describe it: its members were inferred from the page's samples (types guessed from sample values, all optional).
 *
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
 */
export interface InteractionAddData {
    /**
     * Wire type xs:boolean.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from sample value true
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    OK?: boolean;
    /**
     * Wrapped: each item is an `InteractionCreateIssue` element inside `InteractionCreateIssues`.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from sample value [an object, …]
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    InteractionCreateIssues?: InteractionCreateIssue[];
}
/**
 * The help page refers to the model `InteractionCreateIssue` but does not describe it: its members were inferred from the page's samples (types guessed from sample values, all optional).
 *
 * Type inferred from a sample value, not declared by the spec.
 *
 * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
 */
export interface InteractionCreateIssue {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from sample value 1
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    ID?: number;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from sample value "sample string 2"
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    Message?: string;
    /**
     * Wire type xs:string.
     * Type inferred from a sample value, not declared by the spec.
     *
     * inferred from sample value "sample string 3"
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:83:1.
     */
    ExtraData?: string;
}
