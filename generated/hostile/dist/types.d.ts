/**
 * Enum doc *​/ /* `${x}` </script>
 *
 * From specs/hostile/hostile.wsdl:24:7 (namespace urn:hostile).
 */
export type Enum = 'delete' | 'default' | '__proto__' | 'constructor' | 'Value' | 'VALUE' | 'first.name' | '名前';
/**
 * Ends a comment: *​/ then `${alert(document.cookie)}` and <script>x</script>. Line separator.
 *
 * From specs/hostile/hostile.wsdl:37:7 (namespace urn:hostile).
 */
export interface Class2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:40:11.
     */
    default?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/hostile/hostile.wsdl:41:11.
     */
    function: number;
    /**
     * Wire type xs:boolean.
     *
     * From specs/hostile/hostile.wsdl:42:11.
     */
    new: boolean;
    /**
     * From specs/hostile/hostile.wsdl:43:11.
     */
    enum: Enum;
    /**
     * From specs/hostile/hostile.wsdl:44:11.
     */
    interface?: Interface;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:45:11.
     */
    __proto__?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:46:11.
     */
    constructor?: string | Object['constructor'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:47:11.
     */
    toString?: string | Object['toString'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:48:11.
     */
    hasOwnProperty?: string | Object['hasOwnProperty'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:49:11.
     */
    Value?: string;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/hostile/hostile.wsdl:50:11.
     */
    VALUE: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:51:11.
     */
    'first.name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:52:11.
     */
    'last-name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:53:11.
     */
    Straße?: string;
    /**
     * *​/ `${a}` <script>
     *
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:54:11.
     */
    名前?: string;
}
/**
 * Ends a comment: *​/ then `${alert(document.cookie)}` and <script>x</script>. Line separator.
 *
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:37:7 (namespace urn:hostile).
 */
export interface Class2Input {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:40:11.
     */
    default?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/hostile/hostile.wsdl:41:11.
     */
    function: number;
    /**
     * Wire type xs:boolean.
     *
     * From specs/hostile/hostile.wsdl:42:11.
     */
    new: boolean;
    /**
     * From specs/hostile/hostile.wsdl:43:11.
     */
    enum: Enum;
    /**
     * From specs/hostile/hostile.wsdl:44:11.
     */
    interface?: InterfaceInput;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:45:11.
     */
    __proto__?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:46:11.
     */
    constructor?: string | Object['constructor'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:47:11.
     */
    toString?: string | Object['toString'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:48:11.
     */
    hasOwnProperty?: string | Object['hasOwnProperty'];
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:49:11.
     */
    Value?: string;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/hostile/hostile.wsdl:50:11.
     */
    VALUE: string | number | bigint;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:51:11.
     */
    'first.name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:52:11.
     */
    'last-name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:53:11.
     */
    Straße?: string;
    /**
     * *​/ `${a}` <script>
     *
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:54:11.
     */
    名前?: string;
}
/**
 * From specs/hostile/hostile.wsdl:59:7 (namespace urn:hostile).
 */
export interface Interface {
    /**
     * From specs/hostile/hostile.wsdl:61:11.
     */
    __proto__?: Item3;
    /**
     * From specs/hostile/hostile.wsdl:62:11.
     */
    item: Item4[];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:59:7 (namespace urn:hostile).
 */
export interface InterfaceInput {
    /**
     * From specs/hostile/hostile.wsdl:61:11.
     */
    __proto__?: Item3Input;
    /**
     * From specs/hostile/hostile.wsdl:62:11.
     */
    item?: Item4Input[];
}
/**
 * From specs/hostile/hostile.wsdl:65:7 (namespace urn:hostile).
 */
export interface Item3 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:67:11.
     */
    Value?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:65:7 (namespace urn:hostile).
 */
export interface Item3Input {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:67:11.
     */
    Value?: string;
}
/**
 * From specs/hostile/hostile.wsdl:70:7 (namespace urn:hostile).
 */
export interface Item4 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/hostile/hostile.wsdl:72:11.
     */
    VALUE: number;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:70:7 (namespace urn:hostile).
 */
export interface Item4Input {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/hostile/hostile.wsdl:72:11.
     */
    VALUE: number;
}
/**
 * From specs/hostile/hostile.wsdl:75:7 (namespace urn:hostile).
 */
export interface Promise2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:77:11.
     */
    then?: string;
    /**
     * From specs/hostile/hostile.wsdl:78:11.
     */
    Date?: Date2;
    /**
     * Wire type xs:double.
     *
     * From specs/hostile/hostile.wsdl:79:11.
     */
    catch: number;
    /**
     * Wire type xs:float.
     *
     * From specs/hostile/hostile.wsdl:80:11.
     */
    finally?: number;
    /**
     * Wire type xs:long: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/hostile/hostile.wsdl:81:11.
     */
    yield?: string;
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/hostile/hostile.wsdl:82:11.
     */
    await?: Uint8Array;
    /**
     * Wire type xs:date: the wire text in results; requests accept a string or a Date (its UTC date part is sent).
     *
     * From specs/hostile/hostile.wsdl:83:11.
     */
    async?: string;
    /**
     * Wire type xs:time: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/hostile/hostile.wsdl:84:11.
     */
    static: string | null;
    /**
     * Wire type xs:duration.
     *
     * From specs/hostile/hostile.wsdl:85:11.
     */
    let?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:86:11.
     */
    of: string[];
    /**
     * Wire type xs:string.
     * Sent as the XML attribute `for`.
     *
     * From specs/hostile/hostile.wsdl:88:9.
     */
    for?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:75:7 (namespace urn:hostile).
 */
export interface Promise2Input {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:77:11.
     */
    then?: string;
    /**
     * From specs/hostile/hostile.wsdl:78:11.
     */
    Date?: Date2Input;
    /**
     * Wire type xs:double.
     *
     * From specs/hostile/hostile.wsdl:79:11.
     */
    catch: number;
    /**
     * Wire type xs:float.
     *
     * From specs/hostile/hostile.wsdl:80:11.
     */
    finally?: number;
    /**
     * Wire type xs:long: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/hostile/hostile.wsdl:81:11.
     */
    yield?: string | number | bigint;
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/hostile/hostile.wsdl:82:11.
     */
    await?: Uint8Array;
    /**
     * Wire type xs:date: the wire text in results; requests accept a string or a Date (its UTC date part is sent).
     *
     * From specs/hostile/hostile.wsdl:83:11.
     */
    async?: string | Date;
    /**
     * Wire type xs:time: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/hostile/hostile.wsdl:84:11.
     */
    static: string | Date | null;
    /**
     * Wire type xs:duration.
     *
     * From specs/hostile/hostile.wsdl:85:11.
     */
    let?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:86:11.
     */
    of?: string[];
    /**
     * Wire type xs:string.
     * Sent as the XML attribute `for`.
     *
     * From specs/hostile/hostile.wsdl:88:9.
     */
    for?: string;
}
/**
 * From specs/hostile/hostile.wsdl:90:7 (namespace urn:hostile).
 */
export interface Date2 {
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/hostile/hostile.wsdl:92:11.
     */
    valueOf?: string | Object['valueOf'];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/hostile/hostile.wsdl:90:7 (namespace urn:hostile).
 */
export interface Date2Input {
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/hostile/hostile.wsdl:92:11.
     */
    valueOf?: string | Date | Object['valueOf'];
}
/**
 * From specs/hostile/hostile.wsdl:95:33 (namespace urn:hostile).
 */
export interface Delete2 {
    /**
     * From specs/hostile/hostile.wsdl:95:62.
     */
    class?: Class2;
}
/**
 * From specs/hostile/hostile.wsdl:96:41 (namespace urn:hostile).
 */
export interface DeleteResponse2 {
    /**
     * From specs/hostile/hostile.wsdl:96:70.
     */
    deleteResult?: Class2;
}
/**
 * From specs/hostile/hostile.wsdl:97:32 (namespace urn:hostile).
 */
export interface Class22 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:97:61.
     */
    new?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:97:116.
     */
    __proto__?: string;
}
/**
 * From specs/hostile/hostile.wsdl:98:40 (namespace urn:hostile).
 */
export interface ClassResponse2 {
    /**
     * From specs/hostile/hostile.wsdl:98:69.
     */
    classResult?: Interface;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:98:136.
     */
    __proto__?: string;
}
/**
 * From specs/hostile/hostile.wsdl:99:38 (namespace urn:hostile).
 */
export interface Constructor2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:99:67.
     */
    toString?: string | Object['toString'];
}
/**
 * From specs/hostile/hostile.wsdl:100:46 (namespace urn:hostile).
 */
export interface ConstructorResponse2 {
    /**
     * From specs/hostile/hostile.wsdl:100:75.
     */
    constructorResult: Enum;
}
/**
 * From specs/hostile/hostile.wsdl:101:35 (namespace urn:hostile).
 */
export interface ToString2 {
    /**
     * From specs/hostile/hostile.wsdl:101:64.
     */
    Promise?: Promise2;
}
/**
 * From specs/hostile/hostile.wsdl:102:43 (namespace urn:hostile).
 */
export interface ToStringResponse2 {
    /**
     * From specs/hostile/hostile.wsdl:102:72.
     */
    toStringResult?: Promise2;
}
/**
 * From specs/hostile/hostile.wsdl:103:36 (namespace urn:hostile).
 */
export interface Proto2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:103:65.
     */
    __proto__?: string;
}
/**
 * From specs/hostile/hostile.wsdl:104:44 (namespace urn:hostile).
 */
export interface ProtoResponse2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:104:73.
     */
    __proto__Result?: string;
}
/**
 * From specs/hostile/hostile.wsdl:105:31 (namespace urn:hostile).
 */
export interface Item22 {
    /**
     * From specs/hostile/hostile.wsdl:105:60.
     */
    Item?: Item3;
}
/**
 * From specs/hostile/hostile.wsdl:106:39 (namespace urn:hostile).
 */
export interface ItemResponse2 {
    /**
     * From specs/hostile/hostile.wsdl:106:68.
     */
    ItemResult?: Item3;
}
/**
 * From specs/hostile/hostile.wsdl:107:31 (namespace urn:hostile).
 */
export interface Item23 {
    /**
     * From specs/hostile/hostile.wsdl:107:60.
     */
    item?: Item4;
}
/**
 * From specs/hostile/hostile.wsdl:108:39 (namespace urn:hostile).
 */
export interface ItemResponse3 {
    /**
     * From specs/hostile/hostile.wsdl:108:68.
     */
    itemResult?: Item4;
}
/**
 * From specs/hostile/hostile.wsdl:109:39 (namespace urn:hostile).
 */
export interface GetValueV22 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:109:68.
     */
    'first.name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:109:130.
     */
    'last-name'?: string;
}
/**
 * From specs/hostile/hostile.wsdl:110:47 (namespace urn:hostile).
 */
export interface GetValueV2Response2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:110:76.
     */
    'get-value.v2Result'?: string;
}
/**
 * From specs/hostile/hostile.wsdl:111:29 (namespace urn:hostile).
 */
export interface 名前2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:111:58.
     */
    Straße?: string;
}
/**
 * From specs/hostile/hostile.wsdl:112:37 (namespace urn:hostile).
 */
export interface 名前Response2 {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:112:66.
     */
    名前Result?: string;
}
/**
 * The request of delete: its parameters, keyed by their wire names.
 *
 * Sent as the `delete` element.
 */
export interface DeleteRequest {
    /**
     * From specs/hostile/hostile.wsdl:95:62.
     */
    class?: Class2Input;
}
/**
 * The response of delete.
 */
export interface DeleteResponse {
    /**
     * From specs/hostile/hostile.wsdl:96:70.
     */
    deleteResult?: Class2;
}
/**
 * SOAP headers delete sends, keyed by element local name.
 */
export interface DeleteHeadersIn {
}
/**
 * SOAP headers delete receives, keyed by element local name.
 */
export interface DeleteHeadersOut {
}
/**
 * The request of class: its parameters, keyed by their wire names.
 *
 * Sent as the `class` element.
 */
export interface ClassRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:97:61.
     */
    new?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:97:116.
     */
    __proto__?: string;
}
/**
 * The response of class.
 */
export interface ClassResponse {
    /**
     * From specs/hostile/hostile.wsdl:98:69.
     */
    classResult?: Interface;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:98:136.
     */
    __proto__?: string;
}
/**
 * SOAP headers class sends, keyed by element local name.
 */
export interface ClassHeadersIn {
}
/**
 * SOAP headers class receives, keyed by element local name.
 */
export interface ClassHeadersOut {
}
/**
 * The request of constructor: its parameters, keyed by their wire names.
 *
 * Sent as the `constructor` element.
 */
export interface ConstructorRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:99:67.
     */
    toString?: string | Object['toString'];
}
/**
 * The response of constructor.
 */
export interface ConstructorResponse {
    /**
     * From specs/hostile/hostile.wsdl:100:75.
     */
    constructorResult: Enum;
}
/**
 * SOAP headers constructor sends, keyed by element local name.
 */
export interface ConstructorHeadersIn {
}
/**
 * SOAP headers constructor receives, keyed by element local name.
 */
export interface ConstructorHeadersOut {
}
/**
 * The request of toString: its parameters, keyed by their wire names.
 *
 * Sent as the `toString` element.
 */
export interface ToStringRequest {
    /**
     * From specs/hostile/hostile.wsdl:101:64.
     */
    Promise?: Promise2Input;
}
/**
 * The response of toString.
 */
export interface ToStringResponse {
    /**
     * From specs/hostile/hostile.wsdl:102:72.
     */
    toStringResult?: Promise2;
}
/**
 * SOAP headers toString sends, keyed by element local name.
 */
export interface ToStringHeadersIn {
}
/**
 * SOAP headers toString receives, keyed by element local name.
 */
export interface ToStringHeadersOut {
}
/**
 * The request of __proto__: its parameters, keyed by their wire names.
 *
 * Sent as the `__proto__` element.
 */
export interface ProtoRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:103:65.
     */
    __proto__?: string;
}
/**
 * The response of __proto__.
 */
export interface ProtoResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:104:73.
     */
    __proto__Result?: string;
}
/**
 * SOAP headers __proto__ sends, keyed by element local name.
 */
export interface ProtoHeadersIn {
}
/**
 * SOAP headers __proto__ receives, keyed by element local name.
 */
export interface ProtoHeadersOut {
}
/**
 * The request of Item: its parameters, keyed by their wire names.
 *
 * Sent as the `Item` element.
 */
export interface ItemRequest {
    /**
     * From specs/hostile/hostile.wsdl:105:60.
     */
    Item?: Item3Input;
}
/**
 * The response of Item.
 */
export interface ItemResponse {
    /**
     * From specs/hostile/hostile.wsdl:106:68.
     */
    ItemResult?: Item3;
}
/**
 * SOAP headers Item sends, keyed by element local name.
 */
export interface ItemHeadersIn {
}
/**
 * SOAP headers Item receives, keyed by element local name.
 */
export interface ItemHeadersOut {
}
/**
 * The request of item: its parameters, keyed by their wire names.
 *
 * Sent as the `item` element.
 */
export interface Item2Request {
    /**
     * From specs/hostile/hostile.wsdl:107:60.
     */
    item?: Item4Input;
}
/**
 * The response of item.
 */
export interface Item2Response {
    /**
     * From specs/hostile/hostile.wsdl:108:68.
     */
    itemResult?: Item4;
}
/**
 * SOAP headers item sends, keyed by element local name.
 */
export interface Item2HeadersIn {
}
/**
 * SOAP headers item receives, keyed by element local name.
 */
export interface Item2HeadersOut {
}
/**
 * The request of get-value.v2: its parameters, keyed by their wire names.
 *
 * Sent as the `get-value.v2` element.
 */
export interface GetValueV2Request {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:109:68.
     */
    'first.name'?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:109:130.
     */
    'last-name'?: string;
}
/**
 * The response of get-value.v2.
 */
export interface GetValueV2Response {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:110:76.
     */
    'get-value.v2Result'?: string;
}
/**
 * SOAP headers get-value.v2 sends, keyed by element local name.
 */
export interface GetValueV2HeadersIn {
}
/**
 * SOAP headers get-value.v2 receives, keyed by element local name.
 */
export interface GetValueV2HeadersOut {
}
/**
 * The request of 名前: its parameters, keyed by their wire names.
 *
 * Sent as the `名前` element.
 */
export interface 名前Request {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:111:58.
     */
    Straße?: string;
}
/**
 * The response of 名前.
 */
export interface 名前Response {
    /**
     * Wire type xs:string.
     *
     * From specs/hostile/hostile.wsdl:112:66.
     */
    名前Result?: string;
}
/**
 * SOAP headers 名前 sends, keyed by element local name.
 */
export interface 名前HeadersIn {
}
/**
 * SOAP headers 名前 receives, keyed by element local name.
 */
export interface 名前HeadersOut {
}
