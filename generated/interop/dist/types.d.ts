/**
 * From specs/interop/Interop.wsdl:13:7 (namespace http://svcgen.test/interop/).
 */
export type Priority = 'Low' | 'Normal' | 'High' | 'very-high';
/**
 * From specs/interop/Interop.wsdl:38:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfPriority {
    /**
     * From specs/interop/Interop.wsdl:40:11.
     */
    Priority: Priority[];
}
/**
 * From specs/interop/Interop.wsdl:50:7 (namespace http://svcgen.test/interop/).
 */
export interface Order {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:52:11.
     */
    Id: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:53:11.
     */
    Customer?: string;
    /**
     * From specs/interop/Interop.wsdl:54:11.
     */
    Priority: Priority;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:55:11.
     */
    DueDate: string | null;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:56:11.
     */
    Rating: number | null;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:57:11.
     */
    Total: string;
    /**
     * Wrapped: each item is an `OrderLine` element inside `Lines`.
     *
     * From specs/interop/Interop.wsdl:58:11.
     */
    Lines?: OrderLine[];
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `string` element inside `Tags`.
     *
     * From specs/interop/Interop.wsdl:59:11.
     */
    Tags?: string[];
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:60:11.
     */
    Attachment?: Uint8Array;
    /**
     * Wrapped: each item is an `ArrayOfInt` element inside `Matrix`.
     *
     * From specs/interop/Interop.wsdl:61:11.
     */
    Matrix?: ArrayOfInt[];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:50:7 (namespace http://svcgen.test/interop/).
 */
export interface OrderInput {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:52:11.
     */
    Id: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:53:11.
     */
    Customer?: string;
    /**
     * From specs/interop/Interop.wsdl:54:11.
     */
    Priority: Priority;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:55:11.
     */
    DueDate: string | Date | null;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:56:11.
     */
    Rating: number | null;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:57:11.
     */
    Total: string | number | bigint;
    /**
     * Wrapped: each item is an `OrderLine` element inside `Lines`.
     *
     * From specs/interop/Interop.wsdl:58:11.
     */
    Lines?: OrderLineInput[];
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `string` element inside `Tags`.
     *
     * From specs/interop/Interop.wsdl:59:11.
     */
    Tags?: string[];
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:60:11.
     */
    Attachment?: Uint8Array;
    /**
     * Wrapped: each item is an `ArrayOfInt` element inside `Matrix`.
     *
     * From specs/interop/Interop.wsdl:61:11.
     */
    Matrix?: ArrayOfIntInput[];
}
/**
 * From specs/interop/Interop.wsdl:64:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfOrderLine {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:66:11.
     */
    OrderLine: OrderLine[] | null;
}
/**
 * From specs/interop/Interop.wsdl:69:7 (namespace http://svcgen.test/interop/).
 */
export interface OrderLine {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:71:11.
     */
    Sku?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:72:11.
     */
    Quantity: number;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:73:11.
     */
    UnitPrice: string;
    /**
     * Wrapped: each item is an `LineNote` element inside `Notes`.
     *
     * From specs/interop/Interop.wsdl:74:11.
     */
    Notes?: LineNote[];
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Sent as the XML attribute `LineNo`.
     *
     * From specs/interop/Interop.wsdl:76:9.
     */
    LineNo: number;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:69:7 (namespace http://svcgen.test/interop/).
 */
export interface OrderLineInput {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:71:11.
     */
    Sku?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:72:11.
     */
    Quantity: number;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:73:11.
     */
    UnitPrice: string | number | bigint;
    /**
     * Wrapped: each item is an `LineNote` element inside `Notes`.
     *
     * From specs/interop/Interop.wsdl:74:11.
     */
    Notes?: LineNoteInput[];
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * Sent as the XML attribute `LineNo`.
     *
     * From specs/interop/Interop.wsdl:76:9.
     */
    LineNo: number;
}
/**
 * From specs/interop/Interop.wsdl:78:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfLineNote {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:80:11.
     */
    LineNote: LineNote[] | null;
}
/**
 * From specs/interop/Interop.wsdl:83:7 (namespace http://svcgen.test/interop/).
 */
export interface LineNote {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:85:11.
     */
    Text?: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:86:11.
     */
    At: string | null;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:83:7 (namespace http://svcgen.test/interop/).
 */
export interface LineNoteInput {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:85:11.
     */
    Text?: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:86:11.
     */
    At: string | Date | null;
}
/**
 * From specs/interop/Interop.wsdl:89:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfString {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:91:11.
     */
    string: string[] | null;
}
/**
 * From specs/interop/Interop.wsdl:94:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfArrayOfInt {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:96:11.
     */
    ArrayOfInt: ArrayOfInt[] | null;
}
/**
 * From specs/interop/Interop.wsdl:99:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfInt {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:101:11.
     */
    int: number[];
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:99:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfIntInput {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:101:11.
     */
    int?: number[];
}
/**
 * From specs/interop/Interop.wsdl:127:7 (namespace http://svcgen.test/interop/).
 */
export interface NullableResult {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:129:11.
     */
    Count: number | null;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:130:11.
     */
    When: string | null;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:131:11.
     */
    Amount: string | null;
    /**
     * Wire type xs:boolean.
     *
     * From specs/interop/Interop.wsdl:132:11.
     */
    CountWasNull: boolean;
    /**
     * Wire type xs:boolean.
     *
     * From specs/interop/Interop.wsdl:133:11.
     */
    WhenWasNull: boolean;
    /**
     * Wire type xs:boolean.
     *
     * From specs/interop/Interop.wsdl:134:11.
     */
    AmountWasNull: boolean;
}
/**
 * From specs/interop/Interop.wsdl:144:7 (namespace http://svcgen.test/interop/).
 */
export interface ArrayOfShape {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:146:11.
     */
    Shape: AnyShape[] | null;
}
/**
 * From specs/interop/Interop.wsdl:149:7 (namespace http://svcgen.test/interop/).
 */
export interface Shape {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:151:11.
     */
    Label?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:149:7 (namespace http://svcgen.test/interop/).
 */
export interface ShapeInput {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:151:11.
     */
    Label?: string;
}
/**
 * A `Shape` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * `Shape` is abstract: a request value must name one of its subtypes in `$type`.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link Shape} (`$type: 'Shape'`).
 * Subtypes: {@link Square}, {@link Tile}, {@link Circle}.
 */
export type AnyShape = (Shape & {
    $type: 'Shape';
}) | (Square & {
    $type: 'Square';
}) | (Tile & {
    $type: 'Tile';
}) | (Circle & {
    $type: 'Circle';
});
/**
 * A `Shape` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * `Shape` is abstract: a request value must name one of its subtypes in `$type`.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link Shape} (`$type: 'Shape'`).
 * Subtypes: {@link Square}, {@link Tile}, {@link Circle}.
 */
export type AnyShapeInput = (SquareInput & {
    $type: 'Square';
}) | (TileInput & {
    $type: 'Tile';
}) | (CircleInput & {
    $type: 'Circle';
});
/**
 * From specs/interop/Interop.wsdl:154:7 (namespace http://svcgen.test/interop/).
 */
export interface Square extends Shape {
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:158:15.
     */
    Side: number;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:154:7 (namespace http://svcgen.test/interop/).
 */
export interface SquareInput extends ShapeInput {
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:158:15.
     */
    Side: number;
}
/**
 * A `Square` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * Without `$type` (or with `$type: 'Square'`) the value is a plain {@link Square}.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link Square} (`$type: 'Square'`).
 * Subtypes: {@link Tile}.
 */
export type AnySquare = (Square & {
    $type?: 'Square';
}) | (Tile & {
    $type: 'Tile';
});
/**
 * A `Square` or any type derived from it, told apart by `$type` (sent as `xsi:type`).
 * Without `$type` (or with `$type: 'Square'`) the value is a plain {@link Square}.
 * A result whose `xsi:type` names a type the spec does not describe is read as {@link Square} (`$type: 'Square'`).
 * Subtypes: {@link Tile}.
 */
export type AnySquareInput = (SquareInput & {
    $type?: 'Square';
}) | (TileInput & {
    $type: 'Tile';
});
/**
 * From specs/interop/Interop.wsdl:163:7 (namespace http://svcgen.test/interop/).
 */
export interface Tile extends Square {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:167:15.
     */
    Color?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:163:7 (namespace http://svcgen.test/interop/).
 */
export interface TileInput extends SquareInput {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:167:15.
     */
    Color?: string;
}
/**
 * From specs/interop/Interop.wsdl:172:7 (namespace http://svcgen.test/interop/).
 */
export interface Circle extends Shape {
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:176:15.
     */
    Radius: number;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:172:7 (namespace http://svcgen.test/interop/).
 */
export interface CircleInput extends ShapeInput {
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:176:15.
     */
    Radius: number;
}
/**
 * From specs/interop/Interop.wsdl:238:7 (namespace http://svcgen.test/interop/).
 */
export interface Scalars {
    /**
     * Wire type xs:boolean.
     *
     * From specs/interop/Interop.wsdl:240:11.
     */
    Flag: boolean;
    /**
     * Wire type xs:unsignedByte: an integer in [0, 255].
     *
     * From specs/interop/Interop.wsdl:241:11.
     */
    Byte: number;
    /**
     * Wire type xs:short: an integer in [-32768, 32767].
     *
     * From specs/interop/Interop.wsdl:242:11.
     */
    Short: number;
    /**
     * Wire type xs:long: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:243:11.
     */
    Long: string;
    /**
     * Wire type xs:float.
     *
     * From specs/interop/Interop.wsdl:244:11.
     */
    Single: number;
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:245:11.
     */
    Double: number;
    /**
     * Wire type char (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:246:11.
     */
    Char: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/interop/Interop.wsdl:247:11.
     */
    When: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:248:11.
     */
    Text?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:238:7 (namespace http://svcgen.test/interop/).
 */
export interface ScalarsInput {
    /**
     * Wire type xs:boolean.
     *
     * From specs/interop/Interop.wsdl:240:11.
     */
    Flag: boolean;
    /**
     * Wire type xs:unsignedByte: an integer in [0, 255].
     *
     * From specs/interop/Interop.wsdl:241:11.
     */
    Byte: number;
    /**
     * Wire type xs:short: an integer in [-32768, 32767].
     *
     * From specs/interop/Interop.wsdl:242:11.
     */
    Short: number;
    /**
     * Wire type xs:long: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:243:11.
     */
    Long: string | number | bigint;
    /**
     * Wire type xs:float.
     *
     * From specs/interop/Interop.wsdl:244:11.
     */
    Single: number;
    /**
     * Wire type xs:double.
     *
     * From specs/interop/Interop.wsdl:245:11.
     */
    Double: number;
    /**
     * Wire type char (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:246:11.
     */
    Char: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/interop/Interop.wsdl:247:11.
     */
    When: string | Date;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:248:11.
     */
    Text?: string;
}
/**
 * Open record: further members the spec does not list are kept in `$extra` as raw XML.
 *
 * From specs/interop/Interop.wsdl:305:7 (namespace http://svcgen.test/interop/).
 */
export interface SessionHeader {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:307:11.
     */
    SessionId?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:308:11.
     */
    Counter: number;
    /** Members not described by the spec, as raw XML (this record is open to further columns). */
    $extra?: string[];
}
/**
 * Open record: further members the spec does not list are kept in `$extra` as raw XML.
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/interop/Interop.wsdl:305:7 (namespace http://svcgen.test/interop/).
 */
export interface SessionHeaderInput {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:307:11.
     */
    SessionId?: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:308:11.
     */
    Counter: number;
    /** Members not described by the spec, as raw XML (this record is open to further columns). */
    $extra?: string[];
}
/**
 * Pattern: `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`.
 *
 * From specs/interop/Interop.wsdl:345:7 (namespace http://microsoft.com/wsdl/types/).
 */
export type Guid = string;
/**
 * From specs/interop/Interop.wsdl:350:7 (namespace http://microsoft.com/wsdl/types/).
 */
export type Char = number;
/**
 * From specs/interop/Interop.wsdl:356:7 (namespace http://svcgen.test/interop/AbstractTypes).
 */
export interface StringArray {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:360:15.
     */
    String: string[];
}
/**
 * From specs/interop/Interop.wsdl:7:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoPriority2 {
    /**
     * From specs/interop/Interop.wsdl:9:13.
     */
    priority: Priority;
}
/**
 * From specs/interop/Interop.wsdl:22:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoPriorityResponse2 {
    /**
     * From specs/interop/Interop.wsdl:24:13.
     */
    EchoPriorityResult: Priority;
}
/**
 * From specs/interop/Interop.wsdl:29:9 (namespace http://svcgen.test/interop/).
 */
export interface ListPriorities2 {
}
/**
 * From specs/interop/Interop.wsdl:32:9 (namespace http://svcgen.test/interop/).
 */
export interface ListPrioritiesResponse2 {
    /**
     * Wrapped: each item is an `Priority` element inside `ListPrioritiesResult`.
     *
     * From specs/interop/Interop.wsdl:34:13.
     */
    ListPrioritiesResult?: Priority[];
}
/**
 * From specs/interop/Interop.wsdl:44:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoOrder2 {
    /**
     * From specs/interop/Interop.wsdl:46:13.
     */
    order?: Order;
}
/**
 * From specs/interop/Interop.wsdl:105:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoOrderResponse2 {
    /**
     * From specs/interop/Interop.wsdl:107:13.
     */
    EchoOrderResult?: Order;
}
/**
 * From specs/interop/Interop.wsdl:112:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoNullables2 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:114:13.
     */
    count: number | null;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:115:13.
     */
    when: string | null;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:116:13.
     */
    amount: string | null;
}
/**
 * From specs/interop/Interop.wsdl:121:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoNullablesResponse2 {
    /**
     * From specs/interop/Interop.wsdl:123:13.
     */
    EchoNullablesResult?: NullableResult;
}
/**
 * From specs/interop/Interop.wsdl:138:9 (namespace http://svcgen.test/interop/).
 */
export interface Transform2 {
    /**
     * Wrapped: each item is an `Shape` element inside `shapes`.
     *
     * From specs/interop/Interop.wsdl:140:13.
     */
    shapes?: AnyShape[];
}
/**
 * From specs/interop/Interop.wsdl:182:9 (namespace http://svcgen.test/interop/).
 */
export interface TransformResponse2 {
    /**
     * Wrapped: each item is an `Shape` element inside `TransformResult`.
     *
     * From specs/interop/Interop.wsdl:184:13.
     */
    TransformResult?: AnyShape[];
}
/**
 * From specs/interop/Interop.wsdl:189:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoGuid2 {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:191:13.
     */
    id: string;
}
/**
 * From specs/interop/Interop.wsdl:196:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoGuidResponse2 {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:198:13.
     */
    EchoGuidResult: string;
}
/**
 * From specs/interop/Interop.wsdl:203:9 (namespace http://svcgen.test/interop/).
 */
export interface AddDecimals2 {
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:205:13.
     */
    a: string;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:206:13.
     */
    b: string;
}
/**
 * From specs/interop/Interop.wsdl:211:9 (namespace http://svcgen.test/interop/).
 */
export interface AddDecimalsResponse2 {
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:213:13.
     */
    AddDecimalsResult: string;
}
/**
 * From specs/interop/Interop.wsdl:218:9 (namespace http://svcgen.test/interop/).
 */
export interface ReverseBytes2 {
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:220:13.
     */
    data?: Uint8Array;
}
/**
 * From specs/interop/Interop.wsdl:225:9 (namespace http://svcgen.test/interop/).
 */
export interface ReverseBytesResponse2 {
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:227:13.
     */
    ReverseBytesResult?: Uint8Array;
}
/**
 * From specs/interop/Interop.wsdl:232:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoScalars2 {
    /**
     * From specs/interop/Interop.wsdl:234:13.
     */
    value?: Scalars;
}
/**
 * From specs/interop/Interop.wsdl:252:9 (namespace http://svcgen.test/interop/).
 */
export interface EchoScalarsResponse2 {
    /**
     * From specs/interop/Interop.wsdl:254:13.
     */
    EchoScalarsResult?: Scalars;
}
/**
 * From specs/interop/Interop.wsdl:259:9 (namespace http://svcgen.test/interop/).
 */
export interface Divide2 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:261:13.
     */
    dividend: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:262:13.
     */
    divisor: number;
}
/**
 * From specs/interop/Interop.wsdl:267:9 (namespace http://svcgen.test/interop/).
 */
export interface DivideResponse2 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:269:13.
     */
    DivideResult: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:270:13.
     */
    remainder: number;
}
/**
 * From specs/interop/Interop.wsdl:275:9 (namespace http://svcgen.test/interop/).
 */
export interface Swap2 {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:277:13.
     */
    left?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:278:13.
     */
    right?: string;
}
/**
 * From specs/interop/Interop.wsdl:283:9 (namespace http://svcgen.test/interop/).
 */
export interface SwapResponse2 {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:285:13.
     */
    left?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:286:13.
     */
    right?: string;
}
/**
 * From specs/interop/Interop.wsdl:291:9 (namespace http://svcgen.test/interop/).
 */
export interface Touch2 {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:293:13.
     */
    note?: string;
}
/**
 * From specs/interop/Interop.wsdl:298:9 (namespace http://svcgen.test/interop/).
 */
export interface TouchResponse2 {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:300:13.
     */
    TouchResult?: string;
}
/**
 * From specs/interop/Interop.wsdl:313:9 (namespace http://svcgen.test/interop/).
 */
export interface Fail2 {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:315:13.
     */
    code?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:316:13.
     */
    message?: string;
}
/**
 * From specs/interop/Interop.wsdl:321:9 (namespace http://svcgen.test/interop/).
 */
export interface FailResponse2 {
}
/**
 * From specs/interop/Interop.wsdl:324:9 (namespace http://svcgen.test/interop/).
 */
export interface Delay2 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:326:13.
     */
    milliseconds: number;
}
/**
 * From specs/interop/Interop.wsdl:331:9 (namespace http://svcgen.test/interop/).
 */
export interface DelayResponse2 {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:333:13.
     */
    DelayResult: number;
}
/**
 * The request of EchoPriority: its parameters, keyed by their wire names.
 *
 * Sent as the `EchoPriority` element.
 */
export interface EchoPriorityRequest {
    /**
     * From specs/interop/Interop.wsdl:9:13.
     */
    priority: Priority;
}
/**
 * The response of EchoPriority.
 */
export interface EchoPriorityResponse {
    /**
     * From specs/interop/Interop.wsdl:24:13.
     */
    EchoPriorityResult: Priority;
}
/**
 * SOAP headers EchoPriority sends, keyed by element local name.
 */
export interface EchoPriorityHeadersIn {
}
/**
 * SOAP headers EchoPriority receives, keyed by element local name.
 */
export interface EchoPriorityHeadersOut {
}
/**
 * The request of ListPriorities: its parameters, keyed by their wire names.
 *
 * Sent as the `ListPriorities` element.
 */
export interface ListPrioritiesRequest {
}
/**
 * The response of ListPriorities.
 */
export interface ListPrioritiesResponse {
    /**
     * Wrapped: each item is an `Priority` element inside `ListPrioritiesResult`.
     *
     * From specs/interop/Interop.wsdl:34:13.
     */
    ListPrioritiesResult?: Priority[];
}
/**
 * SOAP headers ListPriorities sends, keyed by element local name.
 */
export interface ListPrioritiesHeadersIn {
}
/**
 * SOAP headers ListPriorities receives, keyed by element local name.
 */
export interface ListPrioritiesHeadersOut {
}
/**
 * The request of EchoOrder: its parameters, keyed by their wire names.
 *
 * Sent as the `EchoOrder` element.
 */
export interface EchoOrderRequest {
    /**
     * From specs/interop/Interop.wsdl:46:13.
     */
    order?: OrderInput;
}
/**
 * The response of EchoOrder.
 */
export interface EchoOrderResponse {
    /**
     * From specs/interop/Interop.wsdl:107:13.
     */
    EchoOrderResult?: Order;
}
/**
 * SOAP headers EchoOrder sends, keyed by element local name.
 */
export interface EchoOrderHeadersIn {
}
/**
 * SOAP headers EchoOrder receives, keyed by element local name.
 */
export interface EchoOrderHeadersOut {
}
/**
 * The request of EchoNullables: its parameters, keyed by their wire names.
 *
 * Sent as the `EchoNullables` element.
 */
export interface EchoNullablesRequest {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:114:13.
     */
    count: number | null;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:115:13.
     */
    when: string | Date | null;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/interop/Interop.wsdl:116:13.
     */
    amount: string | number | bigint | null;
}
/**
 * The response of EchoNullables.
 */
export interface EchoNullablesResponse {
    /**
     * From specs/interop/Interop.wsdl:123:13.
     */
    EchoNullablesResult?: NullableResult;
}
/**
 * SOAP headers EchoNullables sends, keyed by element local name.
 */
export interface EchoNullablesHeadersIn {
}
/**
 * SOAP headers EchoNullables receives, keyed by element local name.
 */
export interface EchoNullablesHeadersOut {
}
/**
 * The request of Transform: its parameters, keyed by their wire names.
 *
 * Sent as the `Transform` element.
 */
export interface TransformRequest {
    /**
     * Wrapped: each item is an `Shape` element inside `shapes`.
     *
     * From specs/interop/Interop.wsdl:140:13.
     */
    shapes?: AnyShapeInput[];
}
/**
 * The response of Transform.
 */
export interface TransformResponse {
    /**
     * Wrapped: each item is an `Shape` element inside `TransformResult`.
     *
     * From specs/interop/Interop.wsdl:184:13.
     */
    TransformResult?: AnyShape[];
}
/**
 * SOAP headers Transform sends, keyed by element local name.
 */
export interface TransformHeadersIn {
}
/**
 * SOAP headers Transform receives, keyed by element local name.
 */
export interface TransformHeadersOut {
}
/**
 * The request of EchoGuid: its parameters, keyed by their wire names.
 *
 * Sent as the `EchoGuid` element.
 */
export interface EchoGuidRequest {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:191:13.
     */
    id: string;
}
/**
 * The response of EchoGuid.
 */
export interface EchoGuidResponse {
    /**
     * Wire type guid (Microsoft serialization type).
     *
     * From specs/interop/Interop.wsdl:198:13.
     */
    EchoGuidResult: string;
}
/**
 * SOAP headers EchoGuid sends, keyed by element local name.
 */
export interface EchoGuidHeadersIn {
}
/**
 * SOAP headers EchoGuid receives, keyed by element local name.
 */
export interface EchoGuidHeadersOut {
}
/**
 * The request of AddDecimals: its parameters, keyed by their wire names.
 *
 * Sent as the `AddDecimals` element.
 */
export interface AddDecimalsRequest {
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:205:13.
     */
    a: string | number | bigint;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:206:13.
     */
    b: string | number | bigint;
}
/**
 * The response of AddDecimals.
 */
export interface AddDecimalsResponse {
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/interop/Interop.wsdl:213:13.
     */
    AddDecimalsResult: string;
}
/**
 * SOAP headers AddDecimals sends, keyed by element local name.
 */
export interface AddDecimalsHeadersIn {
}
/**
 * SOAP headers AddDecimals receives, keyed by element local name.
 */
export interface AddDecimalsHeadersOut {
}
/**
 * The request of ReverseBytes: its parameters, keyed by their wire names.
 *
 * Sent as the `ReverseBytes` element.
 */
export interface ReverseBytesRequest {
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:220:13.
     */
    data?: Uint8Array;
}
/**
 * The response of ReverseBytes.
 */
export interface ReverseBytesResponse {
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/interop/Interop.wsdl:227:13.
     */
    ReverseBytesResult?: Uint8Array;
}
/**
 * SOAP headers ReverseBytes sends, keyed by element local name.
 */
export interface ReverseBytesHeadersIn {
}
/**
 * SOAP headers ReverseBytes receives, keyed by element local name.
 */
export interface ReverseBytesHeadersOut {
}
/**
 * The request of EchoScalars: its parameters, keyed by their wire names.
 *
 * Sent as the `EchoScalars` element.
 */
export interface EchoScalarsRequest {
    /**
     * From specs/interop/Interop.wsdl:234:13.
     */
    value?: ScalarsInput;
}
/**
 * The response of EchoScalars.
 */
export interface EchoScalarsResponse {
    /**
     * From specs/interop/Interop.wsdl:254:13.
     */
    EchoScalarsResult?: Scalars;
}
/**
 * SOAP headers EchoScalars sends, keyed by element local name.
 */
export interface EchoScalarsHeadersIn {
}
/**
 * SOAP headers EchoScalars receives, keyed by element local name.
 */
export interface EchoScalarsHeadersOut {
}
/**
 * The request of Divide: its parameters, keyed by their wire names.
 *
 * Sent as the `Divide` element.
 */
export interface DivideRequest {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:261:13.
     */
    dividend: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:262:13.
     */
    divisor: number;
}
/**
 * The response of Divide.
 */
export interface DivideResponse {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:269:13.
     */
    DivideResult: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:270:13.
     */
    remainder: number;
}
/**
 * SOAP headers Divide sends, keyed by element local name.
 */
export interface DivideHeadersIn {
}
/**
 * SOAP headers Divide receives, keyed by element local name.
 */
export interface DivideHeadersOut {
}
/**
 * The request of Swap: its parameters, keyed by their wire names.
 *
 * Sent as the `Swap` element.
 */
export interface SwapRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:277:13.
     */
    left?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:278:13.
     */
    right?: string;
}
/**
 * The response of Swap.
 */
export interface SwapResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:285:13.
     */
    left?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:286:13.
     */
    right?: string;
}
/**
 * SOAP headers Swap sends, keyed by element local name.
 */
export interface SwapHeadersIn {
}
/**
 * SOAP headers Swap receives, keyed by element local name.
 */
export interface SwapHeadersOut {
}
/**
 * The request of Touch: its parameters, keyed by their wire names.
 *
 * Sent as the `Touch` element.
 */
export interface TouchRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:293:13.
     */
    note?: string;
}
/**
 * The response of Touch.
 */
export interface TouchResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:300:13.
     */
    TouchResult?: string;
}
/**
 * SOAP headers Touch sends, keyed by element local name.
 */
export interface TouchHeadersIn {
    /**
     * From specs/interop/Interop.wsdl:579:5.
     */
    Session?: SessionHeaderInput;
}
/**
 * SOAP headers Touch receives, keyed by element local name.
 */
export interface TouchHeadersOut {
    /**
     * From specs/interop/Interop.wsdl:579:5.
     */
    Session?: SessionHeader;
}
/**
 * The request of Fail: its parameters, keyed by their wire names.
 *
 * Sent as the `Fail` element.
 */
export interface FailRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:315:13.
     */
    code?: string;
    /**
     * Wire type xs:string.
     *
     * From specs/interop/Interop.wsdl:316:13.
     */
    message?: string;
}
/**
 * The response of Fail.
 */
export interface FailResponse {
}
/**
 * SOAP headers Fail sends, keyed by element local name.
 */
export interface FailHeadersIn {
}
/**
 * SOAP headers Fail receives, keyed by element local name.
 */
export interface FailHeadersOut {
}
/**
 * The request of Delay: its parameters, keyed by their wire names.
 *
 * Sent as the `Delay` element.
 */
export interface DelayRequest {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:326:13.
     */
    milliseconds: number;
}
/**
 * The response of Delay.
 */
export interface DelayResponse {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/interop/Interop.wsdl:333:13.
     */
    DelayResult: number;
}
/**
 * SOAP headers Delay sends, keyed by element local name.
 */
export interface DelayHeadersIn {
}
/**
 * SOAP headers Delay receives, keyed by element local name.
 */
export interface DelayHeadersOut {
}
