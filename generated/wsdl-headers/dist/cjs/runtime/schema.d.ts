/**
 * Descriptors: the data the generated runtime reads and writes messages with.
 *
 * The generator emits one descriptor per named type and per operation message (see
 * `schema.ts` in a generated package); the runtime's XML writer and schema-driven reader walk
 * them instead of building a generic tree. Descriptors are plain objects; recursion between
 * types goes through `type` getters so that declaration order never matters.
 */
/** Scalar kinds: XSD built-ins as they appear on the wire. */
export type ScalarKind = 'string' | 'boolean' | 'int' | 'float' | 'double' | 'long' | 'decimal' | 'dateTime' | 'date' | 'time' | 'duration' | 'guid' | 'base64Binary' | 'hexBinary' | 'anyType';
/** A string enumeration. */
export interface EnumDesc {
    readonly kind: 'enum';
    readonly name: string;
    readonly values: readonly string[];
    /** Numeric values (Web API enums), same order as `values`. */
    readonly numbers?: readonly number[];
    /** Space-separated list of values ([Flags] / `xs:list`). */
    readonly list?: boolean;
    /** Web API JSON: `number` when the enum travels as its numeric value (Json.NET's default). */
    readonly jsonAs?: 'name' | 'number';
}
/** A record type. */
export interface TypeDesc {
    readonly kind: 'complex';
    /** The type's name in the spec (used in error messages and `xsi:type`). */
    readonly name: string;
    /** Namespace of the type (its `xsi:type` QName). */
    readonly namespace?: string;
    /** Fields in wire order, base type fields included. */
    readonly fields: readonly FieldDesc[];
    /**
     * Unknown child elements are kept under this key instead of being skipped: a `string[]`, one
     * entry per element, each its outer XML as written (written back as-is in requests).
     */
    readonly openKey?: string;
    /**
     * Web API XML: field keys in XML element order, when it differs from `fields` (JSON order).
     * DataContractSerializer writes base-class members first, then each class's members in
     * ordinal (alphabetical) order.
     */
    readonly xmlOrder?: readonly string[];
    /**
     * Types in a derivation (`xsi:type` substitution): the `$type` value naming this type, which is
     * its generated TypeScript name.
     */
    readonly tag?: string;
    /** Services with SOAP-encoded operations: the type has no schema name, so no `xsi:type` is written. */
    readonly anonymous?: boolean;
    /** An abstract type: a request value must name one of `subtypes` in `$type`. */
    readonly abstract?: boolean;
    /** Non-abstract types derived from this one, transitively: what an `xsi:type` may name. */
    readonly subtypes?: readonly TypeDesc[];
}
/** The subtype of `t` whose tag is `tag` (`t` itself for its own tag), or `undefined`. */
export declare function subtypeByTag(t: TypeDesc, tag: string): TypeDesc | undefined;
/** The subtype of `t` (or `t`) with this schema name and namespace, or `undefined`. */
export declare function subtypeByName(t: TypeDesc, ns: string, local: string): TypeDesc | undefined;
/** Why a record value cannot be sent as its declared type; `atTag`: the fault is its `$type`. */
export interface TypeProblem {
    readonly problem: string;
    readonly atTag: boolean;
}
/**
 * The type a record value of declared type `t` is sent as: the subtype its `$type` names, or `t`,
 * which must then not be abstract. Shared by the validator and the XML writer.
 */
export declare function sentType(t: TypeDesc, v: Record<string, unknown>): TypeDesc | TypeProblem;
/** Opaque XML: the element's inner XML is kept as a string. */
export interface XmlDesc {
    readonly kind: 'xml';
}
/** A JSON dictionary. */
export interface MapDesc {
    readonly kind: 'map';
    readonly value: ValueDesc;
}
export type ValueDesc = ScalarKind | EnumDesc | TypeDesc | XmlDesc | MapDesc;
/** One member of a record or one parameter of a message. */
export interface FieldDesc {
    /** Property key in TypeScript: the exact wire name. */
    readonly key: string;
    /**
     * XML namespace of the element; `''` = unqualified; absent = the namespace of the containing
     * element. Attributes are unqualified unless this is set.
     */
    readonly ns?: string;
    /** How the field appears in XML. Defaults to `element`. */
    readonly node?: 'element' | 'attribute' | 'text';
    /** The value's type. A getter where the type is declared later or is recursive. */
    readonly type: ValueDesc;
    /**
     * XSD `xs:list`: the value is an array of `type` items, written as one whitespace-separated text
     * (an element's content or an attribute's value). With `array`, each occurrence is such a list.
     */
    readonly list?: boolean;
    /** `maxOccurs > 1`: the value is an array. */
    readonly array?: boolean;
    /**
     * Array items are wrapped in the element `key`; each item is this element (`ns` absent: the
     * wrapper's namespace).
     */
    readonly item?: {
        readonly name: string;
        readonly ns?: string;
        /** A SOAP-ENC array: any child element is an item; written with its array type attributes. */
        readonly encoded?: boolean;
        /** Items may be `null` (sent and read as `xsi:nil="true"`). */
        readonly nillable?: boolean;
    };
    /** `minOccurs = 0` / not `Required`. */
    readonly optional?: boolean;
    /** `null` is sent as `xsi:nil="true"`. */
    readonly nillable?: boolean;
    /** Facets checked by the validator before sending. */
    readonly facets?: FacetsDesc;
    /** Web API: the XML element name when it differs from `key` (the JSON property name). */
    readonly xmlName?: string;
    /**
     * Services with SOAP-encoded operations: the `xsi:type` of a scalar value, an XSD built-in's
     * local name (`int`) or a `{namespace}name` QName.
     */
    readonly xsd?: string;
    /**
     * Substitution group headed by this element: member elements that may stand in its place, each
     * with its type (a subtype of `type`). A value whose `$type` is a member's type is written as
     * that member element; a member element read back sets `$type`.
     */
    readonly subs?: readonly SubstituteDesc[];
    /**
     * XSD `xs:choice`: the group this field is an alternative of, unique among the record's fields
     * (e.g. `Base.choice1`). Fields of one group set values of one alternative only. Absent for
     * repeated choices, whose alternatives may be mixed.
     */
    readonly choice?: string;
    /** XSD `xs:choice`: the 0-based alternative of `choice` the field belongs to. */
    readonly branch?: number;
    /** XSD `xs:choice`: the choice may be absent (no alternative set); else one must be set. */
    readonly choiceOptional?: boolean;
}
/** A member of a substitution group. */
export interface SubstituteDesc {
    readonly name: string;
    /** Namespace of the member element (absent: the head's). */
    readonly ns?: string;
    readonly type: TypeDesc;
}
/**
 * Facets checked by the validator. Bounds compare numerically (numbers and decimal strings, any
 * number of digits). Without `minInclusive`/`maxInclusive`, `int` values are checked against the
 * 32-bit range and `long` values against the 64-bit range.
 */
export interface FacetsDesc {
    readonly minLength?: number;
    readonly maxLength?: number;
    /** XSD regular expression; matched against the whole value. */
    readonly pattern?: string;
    readonly minInclusive?: string;
    readonly maxInclusive?: string;
    readonly minExclusive?: string;
    readonly maxExclusive?: string;
    readonly totalDigits?: number;
    readonly fractionDigits?: number;
    /** ASP.NET `[Required]` on a string: an empty or white-space-only string is refused. */
    readonly notBlank?: boolean;
    /** The text is a GUID (`guid`): 32 hex digits, with dashes, braces or parentheses as .NET reads them. */
    readonly format?: 'guid';
}
/** A SOAP header block. */
export interface HeaderDesc {
    /** Element local name; also the key in `soapHeaders`. */
    readonly name: string;
    readonly ns?: string;
    readonly type: ValueDesc;
}
export type Protocol = 'soap11' | 'soap12' | 'http-get' | 'http-post';
/** A SOAP / ASMX operation. */
export interface OperationDesc {
    /** Operation name on the wire (the HTTP GET/POST path segment). */
    readonly name: string;
    /** SOAPAction (SOAP 1.1 header, SOAP 1.2 `action` parameter). */
    readonly action?: string;
    readonly protocols: readonly Protocol[];
    /** `rpc` wraps the parts in an element named after the operation. */
    readonly style?: 'document' | 'rpc';
    readonly encoded?: boolean;
    /** Request body root element (wrapped) or the single part (bare). */
    readonly input: {
        readonly name: string;
        readonly ns?: string;
        readonly type: TypeDesc;
    };
    /** Response body root; `null` for a one-way operation. */
    readonly output: {
        readonly name: string;
        readonly ns?: string;
        readonly type: TypeDesc;
    } | null;
    /** What the client method resolves to. */
    readonly returns: 'result' | 'object' | 'void';
    /** For `returns: 'result'`: the key of the result field in the response object. */
    readonly resultKey?: string;
    /** The root element of an HTTP GET/POST answer, where the spec shows it (named after the result's type). */
    readonly bare?: {
        readonly name: string;
        readonly ns?: string;
    };
    readonly headersIn?: readonly HeaderDesc[];
    readonly headersOut?: readonly HeaderDesc[];
    /** Header blocks a fault response may carry about a request header (`soap:headerfault`). */
    readonly headerFaults?: readonly HeaderDesc[];
    /** Declared faults (`wsdl:fault`): the detail element each one is sent as, and its type. */
    readonly faults?: readonly FaultDesc[];
    /** Rules across fields the spec states in prose, checked with the request's validation. */
    readonly rules?: readonly RuleDesc[];
}
/** A declared fault: `name` (the `wsdl:fault` name) and its detail element. */
export interface FaultDesc {
    readonly name: string;
    /** Detail entry element local name. */
    readonly element: string;
    readonly ns?: string;
    readonly type: ValueDesc;
}
/**
 * A rule across fields: `one-of-required` = every record of `type` in the request must set at
 * least one of `fields` (a value other than `undefined`, `null` or `''`).
 */
export interface RuleDesc {
    readonly kind: 'one-of-required';
    /** The record type the rule applies to (compared by identity while walking the request). */
    readonly type: TypeDesc;
    readonly fields: readonly string[];
    /** The rule as the spec words it. */
    readonly text: string;
}
/** Static facts about a service the runtime needs. */
export interface ServiceDesc {
    readonly name: string;
    /** Default endpoint URL per protocol (`undefined` where the spec gives no host). */
    readonly endpoints: Partial<Record<Protocol, string>>;
    readonly defaultProtocol: Protocol;
    /** The protocols whose WS-Policy asks for MTOM: requests are sent as MTOM unless the client says `mtom: false`. */
    readonly mtom?: readonly Protocol[];
    /** The protocols whose WS-Policy asks for WS-Addressing, with the namespace of the headers to send. */
    readonly addressing?: Partial<Record<Protocol, string>>;
}
