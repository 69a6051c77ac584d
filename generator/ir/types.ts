/**
 * The svcgen intermediate representation (IR).
 *
 * Every parser (ASMX help page, Web API help page, WSDL/XSD, sample messages) fills these plain,
 * readonly, JSON-serializable types; passes (merge, naming) and emitters only read them. No
 * classes, no functions, no I/O: `JSON.stringify(service)` is a complete dump (`svcgen ir`).
 *
 * Conventions
 * - Every node that comes from a spec carries `loc` (file, 1-based line and column, and a path
 *   inside the service such as `operation CreateInteraction › request › evaluation`).
 * - Wire names (`name`, `xmlName`, `jsonName`) are exact; TypeScript identifiers are planned later
 *   by the naming pass (`generator/passes/naming.ts`) and never stored here.
 * - Type references point at `TypeDef.id`, a stable string unique within one service.
 */

/** A position in a spec file. Lines and columns are 1-based; `path` locates the node in the service. */
export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Path inside the service, parts joined by ` › `, e.g. `operation CreateInteraction › request › evaluation`. */
  readonly path?: string;
}

/** Which input format a spec file was recognised as (see `generator/sniff.ts`). */
export type SpecFormat = 'asmx-help' | 'asmx-mono-help' | 'webapi-help' | 'wsdl' | 'xsd' | 'soap-samples';

/**
 * Built-in scalar types. XSD names are used as they appear on the wire / in the spec; Web API
 * help-page words are mapped onto them by the Web API parser (e.g. `globally unique identifier` → `guid`).
 */
export type PrimitiveName =
  | 'string'
  | 'normalizedString'
  | 'token'
  | 'guid'
  | 'char'
  | 'anyURI'
  | 'QName'
  | 'boolean'
  | 'int'
  | 'short'
  | 'byte'
  | 'unsignedShort'
  | 'unsignedByte'
  | 'unsignedInt'
  | 'float'
  | 'double'
  | 'long'
  | 'unsignedLong'
  | 'integer'
  | 'nonNegativeInteger'
  | 'positiveInteger'
  | 'nonPositiveInteger'
  | 'negativeInteger'
  | 'decimal'
  | 'dateTime'
  | 'date'
  | 'time'
  | 'duration'
  | 'base64Binary'
  | 'hexBinary'
  /** Web API `Object` / XSD `anyType` with no further structure. */
  | 'anyType';

/** A reference to a type: a built-in scalar, a named type of this service, or an opaque XML fragment. */
export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'ref'; readonly id: string }
  /** `xs:any`, an ASMX `xml` placeholder, a DataSet: kept as raw XML text. */
  | { readonly kind: 'xml' }
  /** JSON dictionary (Web API `Dictionary of K [key] and V [value]`). */
  | { readonly kind: 'map'; readonly key: TypeRef; readonly value: TypeRef };

/** Constraints on a value (XSD facets, Web API data annotations, rules read from prose). */
export interface Facets {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
  readonly minExclusive?: string;
  readonly maxExclusive?: string;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  /** Web API `[DataType]` annotation text, e.g. `Password`. Documentation only. */
  readonly dataType?: string;
  /** Web API `Required` on a string: ASP.NET refuses an empty or white-space-only string. */
  readonly notBlank?: boolean;
}

/** How confident the parser is about a type: declared by a schema/help page, or guessed. */
export type Provenance =
  | 'declared'
  /** Guessed from a sample value (sample-only specs, Web API models missing from the page). */
  | 'inferred-from-sample'
  /** Named only in prose, typed `string`. */
  | 'named-in-prose'
  /** An ASMX placeholder the parser did not recognise. */
  | 'guessed';

/**
 * One member of a complex type, or one parameter of a message: a tagged union on `fieldKind`.
 *
 * - `element`: a child element (SOAP/XSD) or a JSON property (Web API), the only kind that can be
 *   a wrapped array, a choice alternative or the head of a substitution group;
 * - `attribute`: an XML attribute (never repeated, never nil);
 * - `text`: the text value of an XSD simpleContent type (named `$value`; `#text` when inferred
 *   from samples): no namespace;
 * - `any`: an `xs:any` wildcard, named `$any` (`$any2`, …), typed `{ kind: 'xml' }`: its
 *   content is kept as raw XML and the owning record is `open`.
 *
 * A function that handles every kind switches on `fieldKind` with an exhaustive `never` default.
 */
export type Field = ElementField | AttributeField | TextField | AnyField;

/** The `fieldKind` tags of `Field`. */
export type FieldKind = Field['fieldKind'];

/** What every kind of field carries. */
interface FieldBase {
  readonly kind: 'field';
  /** Exact wire name (XML local name or JSON property name). */
  readonly name: string;
  readonly type: TypeRef;
  /** `minOccurs = 0` / `use="optional"`, or not `Required` on a Web API page. */
  readonly optional: boolean;
  /** `maxOccurs > 1`: always an array in TypeScript. */
  readonly array: boolean;
  /** `nillable = true`: `null` is a value, sent as `xsi:nil="true"`. */
  readonly nillable: boolean;
  readonly description?: string;
  readonly facets?: Facets;
  readonly provenance?: Provenance;
  /** Default value as documented (Web API `Default value is …`, XSD `default`). */
  readonly defaultValue?: string;
  /** Free-form notes for the JSDoc (e.g. `observed format: 03/12/2012 13:44:55.892`). */
  readonly notes?: readonly string[];
  readonly loc?: SourceLoc;
}

/** A child element, or a JSON property of a Web API model or parameter. */
export interface ElementField extends FieldBase {
  readonly fieldKind: 'element';
  /** XML namespace of the element; `''` for unqualified. Absent for JSON-only fields. */
  readonly namespace?: string;
  /**
   * For arrays wrapped in a container element (ASMX `ArrayOfX`, DataContract collections):
   * the name and namespace of each item element inside the wrapper named `name`.
   */
  readonly arrayItem?: ArrayItem;
  /**
   * Web API: the XML element name when it differs from `name` (the JSON property name), e.g.
   * JSON `rowVersion` (camelCase formatter) but XML/model name `RowVersion`.
   */
  readonly xmlName?: string;
  /** The field is one alternative of an XSD `xs:choice`. */
  readonly choice?: FieldChoice;
  /**
   * XSD substitution groups: global elements that may appear on the wire instead of this
   * element (members whose `substitutionGroup` names it, transitively), with their types.
   */
  readonly substitutions?: readonly { readonly name: string; readonly namespace?: string; readonly type: TypeRef }[];
}

/** An XML attribute. */
export interface AttributeField extends FieldBase {
  readonly fieldKind: 'attribute';
  /** Namespace of the attribute; `''` for unqualified. */
  readonly namespace?: string;
  readonly array: false;
  readonly nillable: false;
}

/** The text value of an XSD simpleContent type (its attributes are the sibling fields). */
export interface TextField extends FieldBase {
  readonly fieldKind: 'text';
  readonly array: false;
  readonly nillable: false;
}

/** An `xs:any` wildcard: any element(s), kept as raw XML. */
export interface AnyField extends FieldBase {
  readonly fieldKind: 'any';
  readonly type: { readonly kind: 'xml' };
  readonly nillable: false;
  /** The wildcard is one alternative of an XSD `xs:choice`. */
  readonly choice?: FieldChoice;
}

/** The item elements of a wrapped array (`ElementField.arrayItem`). */
export interface ArrayItem {
  readonly name: string;
  readonly namespace?: string;
  /**
   * A SOAP-ENC array (SOAP 1.1 §5.4.2, SOAP 1.2 Part 2 §3.1.6): item element names are not fixed
   * (any child is an item), and the wrapper is written with `soapenc:arrayType` (SOAP 1.1) or
   * `enc:itemType`/`enc:arraySize` (SOAP 1.2).
   */
  readonly encoded?: boolean;
  /**
   * Items may be `null` (`xsi:nil="true"`): ASMX declares the items of `ArrayOfX` nillable when
   * X is a reference type (strings, records, arrays).
   */
  readonly nillable?: boolean;
  /** The spec's own sample shows the items as `xsi:nil` (an ASMX help page's depth limit): fixtures hold `null` items. */
  readonly sampleNil?: boolean;
}

/**
 * XSD `xs:choice` membership of a field. Every alternative is `optional`; an emitter may turn the
 * fields sharing a `group` into a union. Fields from a nested `xs:sequence` inside one
 * alternative share the same `branch`.
 */
export interface FieldChoice {
  /** Id of the choice group (unique within the owning type or message, e.g. `choice1`). */
  readonly group: string;
  /** 0-based index of the alternative (within `group`) this field belongs to. */
  readonly branch: number;
  /**
   * The field must be present once its alternative is chosen (its own `minOccurs >= 1` and that
   * of every particle between it and the choice). An emitter's union variant makes it required.
   */
  readonly required?: boolean;
  /**
   * The whole choice may be absent (its own `minOccurs = 0`, an enclosing optional particle, or
   * an alternative that can match nothing). Set on every field of the group.
   */
  readonly optional?: boolean;
  /**
   * The choice repeats (its own `maxOccurs > 1` or an enclosing repeated particle), so
   * alternatives may be mixed on the wire; every field of the group is an array. Set on every
   * field of the group.
   */
  readonly repeated?: boolean;
}

/**
 * A named record type.
 *
 * XSD `simpleContent` (a text value with attributes) is represented by a `TextField` named
 * `$value` holding the value, followed by the attribute fields. When the simpleContent derives
 * from another complex type, `base` names it and only the added attributes are listed. `xs:any`
 * wildcards become `AnyField`s (`$any`, `$any2`, …) and set `open`.
 *
 * Wrapper arrays (WSDL/XSD reader): when a field's type is a complex type whose only content is
 * one repeated element (ASMX `ArrayOfX`, a SOAP-ENC array), the referencing field gets
 * `array: true`, `arrayItem` = that element's name/namespace, and `type` = the item's type; the
 * wrapper type itself stays in `Service.types`.
 */
export interface ComplexType {
  readonly kind: 'complex';
  readonly id: string;
  /** The spec's own name for the type (XSD type name, Web API model name, or the element name). */
  readonly name: string;
  /** XML namespace the type lives in (its children's default namespace). */
  readonly namespace?: string;
  /**
   * The type has no name in the schema: it is named after its context (an element or part). It
   * has no QName, so SOAP encoding writes no `xsi:type` for its values.
   */
  readonly anonymous?: boolean;
  readonly fields: readonly Field[];
  /** `complexContent/extension` base, a type id. Base fields come first on the wire. */
  readonly base?: string;
  readonly abstract?: boolean;
  /** A SOAP-ENC array type (restriction of `soapenc:Array`): its one field is the repeated item. */
  readonly soapencArray?: boolean;
  /** More members than the typed ones may appear (`xs:any`, "you may set additional columns"). */
  readonly open?: boolean;
  /** Free-form notes for the JSDoc (e.g. constructs the parser simplified). */
  readonly notes?: readonly string[];
  readonly description?: string;
  readonly provenance?: Provenance;
  readonly loc?: SourceLoc;
}

/** A string enumeration (XSD enumeration facets, ASMX `A or B`, Web API enum model). */
export interface EnumType {
  readonly kind: 'enum';
  readonly id: string;
  readonly name: string;
  readonly namespace?: string;
  /**
   * The type has no name in the schema: it is named after its context (an element or part). It
   * has no QName, so SOAP encoding writes no `xsi:type` for its values.
   */
  readonly anonymous?: boolean;
  readonly values: readonly EnumValue[];
  /** Web API enums are sent as numbers in JSON unless a StringEnumConverter is seen. */
  readonly jsonAs?: 'name' | 'number';
  /** `xs:list` of the enum ([Flags]): space-separated on the wire. */
  readonly list?: boolean;
  readonly description?: string;
  readonly provenance?: Provenance;
  readonly loc?: SourceLoc;
}

export interface EnumValue {
  /** The exact wire text. */
  readonly name: string;
  /** Numeric value when known (Web API ResourceModel "Value" column). */
  readonly value?: number;
  readonly description?: string;
}

/** A named simple type that restricts a primitive with facets (no enumeration). */
export interface AliasType {
  readonly kind: 'alias';
  readonly id: string;
  readonly name: string;
  readonly namespace?: string;
  /**
   * The type has no name in the schema: it is named after its context (an element or part). It
   * has no QName, so SOAP encoding writes no `xsi:type` for its values.
   */
  readonly anonymous?: boolean;
  readonly target: TypeRef;
  /**
   * XSD `xs:list` (Part 2 §2.5.1.2): the value is a whitespace-separated list of `target` items
   * (a primitive, possibly through further aliases); `facets` then constrain the list.
   */
  readonly list?: boolean;
  readonly facets?: Facets;
  /** Free-form notes for the JSDoc (e.g. `xs:union of …`, `xs:list of …` read as a string). */
  readonly notes?: readonly string[];
  readonly description?: string;
  readonly loc?: SourceLoc;
}

export type TypeDef = ComplexType | EnumType | AliasType;

/** Protocols a client can speak. */
export type Protocol = 'soap11' | 'soap12' | 'http-get' | 'http-post' | 'rest';

/** Where a protocol is served. */
export interface Endpoint {
  readonly protocol: Protocol;
  /** Host as printed on the page (no scheme, may lack a port); absent when the spec does not say. */
  readonly host?: string;
  /** Absolute path, e.g. `/PlusventaServiceV2.asmx`. */
  readonly path?: string;
  /** Full URL when the spec gives one (WSDL `soap:address`). */
  readonly url?: string;
  readonly loc?: SourceLoc;
}

/**
 * A message body: for SOAP document/literal wrapped, the wrapper element `element` with the
 * parameters as `fields`; for bare style, `wrapped: false` and a single field for the part.
 */
export interface Message {
  readonly kind: 'message';
  /** Wrapper element name (`CreateInteraction`, `CreateInteractionResponse`). */
  readonly element?: string;
  readonly namespace?: string;
  readonly wrapped: boolean;
  readonly fields: readonly Field[];
  /**
   * Content the spec does not describe (an ASMX page without its response sample): child elements
   * are kept as raw XML in `$extra` (over HTTP GET/POST, the answer's root element).
   */
  readonly open?: boolean;
  /** The raw sample message(s) as printed in the spec, keyed by protocol. */
  readonly samples?: readonly Sample[];
  readonly loc?: SourceLoc;
}

/** A sample message as the spec prints it (raw text, HTTP head removed where there is one). */
export interface Sample {
  readonly protocol: Protocol;
  /** e.g. `application/json`, `text/xml`. */
  readonly mediaType: string;
  readonly text: string;
  /**
   * `text` as the parser read it, for emitters (they never parse sample text). Derived from
   * `text`, so left out of the stored ir.json (generator/emit/version.ts).
   */
  readonly tree?: SampleTree;
  /** HTTP head lines shown above the sample (request line, headers), if any. */
  readonly http?: string;
  readonly loc?: SourceLoc;
}

/** A parsed sample: its XML document element or its JSON value; `complete` when read to its end without a problem. */
export type SampleTree =
  | { readonly kind: 'xml'; readonly root: SampleElement; readonly complete: boolean }
  | { readonly kind: 'json'; readonly value: SampleJson; readonly complete: boolean };

/** An element of an XML sample: plain data (no offsets, no prefixes, no namespace scopes). */
export interface SampleElement {
  /** Local name. */
  readonly name: string;
  /** Namespace URI ('' when none). */
  readonly ns: string;
  /** Attributes other than namespace declarations. */
  readonly attrs: readonly SampleAttribute[];
  readonly children: readonly SampleElement[];
  /** Direct text, entities decoded, whitespace as written. */
  readonly text: string;
}

export interface SampleAttribute {
  /** Local name and namespace URI ('' for an unprefixed attribute). */
  readonly name: string;
  readonly ns: string;
  readonly value: string;
}

/** A JSON sample value; object members in order, numbers as written (`5.0` stays `5.0`). */
export type SampleJson =
  | { readonly t: 'obj'; readonly entries: readonly (readonly [string, SampleJson])[] }
  | { readonly t: 'arr'; readonly items: readonly SampleJson[] }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'num'; readonly raw: string }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'null' };

/** A SOAP header block. */
export interface HeaderPart {
  readonly kind: 'header';
  /** Element local name, used as the key in `soapHeaders`. */
  readonly name: string;
  readonly namespace?: string;
  readonly type: TypeRef;
  readonly description?: string;
  readonly loc?: SourceLoc;
}

export interface Fault {
  readonly kind: 'fault';
  readonly name: string;
  readonly element?: string;
  readonly namespace?: string;
  readonly type?: TypeRef;
  readonly loc?: SourceLoc;
}

/** HTTP details of a REST (Web API) operation. */
export interface RestBinding {
  readonly method: string;
  /** Route template as printed (`api/roles/{id}`), without the query part. */
  readonly path: string;
  readonly pathParams: readonly Field[];
  readonly queryParams: readonly Field[];
  /** The body type (absent for no body). */
  readonly body?: TypeRef;
  readonly bodyDescription?: string;
  readonly requestMediaTypes: readonly string[];
  readonly responseMediaTypes: readonly string[];
  /** Documented status codes. */
  readonly statuses?: readonly { readonly code: number; readonly description: string }[];
  /** XML flavour read from the page's XML sample. */
  readonly xmlFlavour?: 'datacontract' | 'xmlserializer';
  /** DataContract namespace of the body/response (`http://schemas.datacontract.org/2004/07/…`). */
  readonly xmlNamespace?: string;
  /** Root element names of the XML samples, when they differ from the model names. */
  readonly requestXmlRoot?: string;
  readonly responseXmlRoot?: string;
  /**
   * The response type ("Resource Description"); absent when the page says `None.` (void).
   * A Web API `Collection of X` response is `response: X` with `responseArray: true`.
   */
  readonly response?: TypeRef;
  /** The body is `Collection of <body>`: a JSON array / XML collection of that type. */
  readonly bodyArray?: boolean;
  /** The response is `Collection of <response>`. */
  readonly responseArray?: boolean;
  /** The response documentation (`<returns>` text) from "Resource Description". */
  readonly responseDescription?: string;
}

/**
 * One operation of the service: a tagged union on `binding`.
 *
 * - `soap`: an ASMX / WSDL / sample-article operation: a SOAP 1.1/1.2 body exchange, possibly
 *   also served over HTTP GET/POST (`protocols`);
 * - `rest`: a Web API action: an HTTP method and route (`rest`), JSON/XML bodies.
 *
 * A function that handles every kind switches on `binding` with an exhaustive `never` default.
 */
export type Operation = SoapOperation | RestOperation;

/** What every kind of operation carries. */
interface OperationBase {
  readonly kind: 'operation';
  /** Exact operation name (ASMX MessageName / WSDL operation / derived from a Web API route). */
  readonly name: string;
  readonly description?: string;
  readonly protocols: readonly Protocol[];
  readonly input: Message;
  readonly loc?: SourceLoc;
}

/** A SOAP operation (ASMX help page, WSDL, sample article). */
export interface SoapOperation extends OperationBase {
  readonly binding: 'soap';
  /** SOAP binding style. */
  readonly style?: 'document' | 'rpc';
  /** `literal` (default) or `encoded` (rpc/encoded). */
  readonly use?: 'literal' | 'encoded';
  /** SOAPAction for SOAP 1.1 (`""` allowed); `action` parameter for SOAP 1.2. */
  readonly soapAction?: string;
  /** Set when the SOAPAction was not in the spec but derived by a convention. */
  readonly soapActionDerived?: boolean;
  /** `null` for one-way operations (no response at all). */
  readonly output: Message | null;
  /**
   * What the client method resolves to: `result` (the single `<Op>Result` field), `object`
   * (the whole response object: out parameters), `void` (no result field).
   */
  readonly returns: 'result' | 'object' | 'void';
  /**
   * The root element of the HTTP GET/POST answer where the spec shows it (ASMX names it after
   * the result's type: `<Article>`, `<ArrayOfString>`, not after the result field).
   */
  readonly httpAnswer?: { readonly element: string; readonly namespace?: string };
  readonly headersIn: readonly HeaderPart[];
  readonly headersOut: readonly HeaderPart[];
  /**
   * WSDL 1.1 `soap:headerfault` (§3.7): header blocks a fault response may carry to report an
   * error about a request header.
   */
  readonly headerFaults?: readonly HeaderPart[];
  readonly faults: readonly Fault[];
  /** Rules across fields (from prose): e.g. either-or requirements. */
  readonly rules?: readonly Rule[];
  /**
   * Objects a sample article documents for an operation whose declared messages carry wildcard
   * content (`xs:any`): set by the merge pass (`passes/merge-samples.ts`) when a schema-described
   * operation meets the same operation in sample messages. Each is a typed view of the operation.
   */
  readonly objects?: readonly DocumentedObject[];
}

/**
 * A Web API action. `input` / `output` hold the page's sample bodies and the XML root element
 * they show (no fields: the body and response types are in `rest`).
 */
export interface RestOperation extends OperationBase {
  readonly binding: 'rest';
  readonly output: Message;
  readonly rest: RestBinding;
}

/**
 * A typed view of a generic (wildcard-typed) operation for one kind of object, from a sample
 * article: the same wire messages, with the wildcard fields typed by the sample's record types.
 */
export interface DocumentedObject {
  /** The object's name: the value of the fixed parameter (`szObjectName`), else the wildcard's child element. */
  readonly name: string;
  readonly description?: string;
  /** The request with wildcard fields typed by the article (other fields as declared). */
  readonly input: Message;
  /** The response likewise; `null` for one-way operations. */
  readonly output: Message | null;
  /** Request parameters the article shows with one fixed value for this object, e.g. `szObjectName`. */
  readonly fixed: readonly { readonly field: string; readonly value: string }[];
  /** Rules of the article that apply to this object's records. */
  readonly rules?: readonly Rule[];
  readonly loc?: SourceLoc;
}

/** A cross-field rule stated in a spec's prose. */
export type Rule =
  | {
      readonly kind: 'one-of-required';
      /** Path of the record type the rule applies to (type id). */
      readonly typeId: string;
      readonly fields: readonly string[];
      readonly text: string;
      readonly loc?: SourceLoc;
    };

/** A diagnostic (error or warning) produced while reading a spec. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** Stable code, e.g. `SVC101`. See README "Errors". */
  readonly code: string;
  readonly message: string;
  readonly loc?: SourceLoc;
  /** A second location (e.g. the other side of a disagreement between two sources). */
  readonly related?: SourceLoc;
}

/** One service: everything learned from all the spec files given for it. */
export interface Service {
  readonly kind: 'service';
  readonly name: string;
  readonly description?: string;
  /** Target namespace (ASMX `tempuri.org`, WSDL `targetNamespace`). */
  readonly namespace?: string;
  readonly endpoints: readonly Endpoint[];
  readonly operations: readonly Operation[];
  readonly types: readonly TypeDef[];
  /** Spec files this service was read from, in the order given. */
  readonly sources: readonly { readonly file: string; readonly format: SpecFormat }[];
  readonly diagnostics: readonly Diagnostic[];
  /** What the WSDL's WS-Policy asks of clients (absent when the WSDL has no policy). */
  readonly policy?: ServicePolicy;
}

/** A service whose operations are all SOAP operations (what the SOAP emitter works on). */
export interface SoapService extends Service {
  readonly operations: readonly SoapOperation[];
}

/** Requirements read from WS-Policy assertions attached to one SOAP binding. */
export interface BindingPolicy {
  /** A WS-Security UsernameToken is required. */
  readonly usernameToken?: boolean;
  /** A transport binding (HTTPS) is required. */
  readonly transport?: boolean;
  /** MTOM: requests are sent as MTOM by default. */
  readonly mtom?: boolean;
  /** WS-Addressing headers are required: the WS-Addressing namespace to send them in. */
  readonly addressing?: string;
}

/**
 * Requirements read from WS-Policy assertions attached to the SOAP bindings: the union over all
 * bindings, and per SOAP protocol (a WCF service often has a plain SOAP 1.1 binding next to a
 * SOAP 1.2 one with WS-Addressing and security).
 */
export interface ServicePolicy extends BindingPolicy {
  readonly byProtocol: Partial<Record<Protocol, BindingPolicy>>;
  /** The first policy read. */
  readonly loc?: SourceLoc;
}
