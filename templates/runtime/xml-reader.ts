/**
 * The schema-driven XML reader: reads a response straight into typed objects by walking the
 * descriptors (schema.ts), on top of the hand-written scanner of xml-scan.ts, with no generic
 * document tree in between. Child elements are matched to fields by (local name, namespace);
 * namespace prefixes are resolved through the `xmlns` declarations in scope; CDATA sections,
 * comments, processing instructions, the five predefined entities and character references are
 * understood. A DOCTYPE is always refused, so no entity expansion or external entity can ever
 * happen. Malformed or truncated XML, bad scalar text (lexical forms of numbers, dates,
 * durations and GUIDs, enumeration names), values out of their type's range or declared facets,
 * `xsi:nil` on an element that is not nillable, a singleton element written twice and missing
 * required elements raise a `ResponseError` naming the element path. Range checks are built once
 * per field (lexical.ts) and kept in the type's read plan. Unknown elements are skipped, or kept as
 * raw XML under a type's `openKey`.
 */

import { fromBase64, fromHex, DECIMAL_RE, INTEGER_RE } from './codec.js';
import { boundsOf, fieldCheck, INT_RANGE, isDateTime, isEnumMember, isGuid, LEXICAL, type ValueCheck } from './lexical.js';
import { subtypeByName, type EnumDesc, type FieldDesc, type ScalarKind, type SubstituteDesc, type TypeDesc, type ValueDesc } from './schema.js';
import { isSpace, SOAP12_ENC, textAt, XmlScanner, XSI_NS, type NsScope, type Opened } from './xml-scan.js';
import { readXopInclude } from './mtom.js';

export type { Opened } from './xml-scan.js';


/** Where a multi-reference target (an element with an id) starts, and the namespace scope around it. */
interface RefTarget {
  readonly pos: number;
  readonly scope: NsScope | undefined;
}

const NO_IDS: readonly string[] = [];
/** Nesting limit of multi-reference chains (a reference cycle is refused before it). */
const MAX_REF_DEPTH = 64;
const FLOAT_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The largest finite xsd:float (IEEE single precision), as a double. */
const FLT_MAX = 3.4028234663852886e38;

interface ReadPlan {
  readonly attrs: readonly FieldDesc[];
  readonly elems: readonly FieldDesc[];
  readonly text: FieldDesc | undefined;
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Keys that are also `Object.prototype` members. */
  readonly guarded: ReadonlySet<string>;
  /** Per element field (same index as `elems`): its key is in `guarded`. */
  readonly guardedAt: readonly boolean[];
  /** Per element field (same index as `elems`): an `xs:list` value. */
  readonly listAt: readonly boolean[];
  /**
   * Per element field (same index as `elems`): its range / digit check, if its type has one,
   * except for single numbers with inclusive bounds only, which `loAt`/`hiAt` hold.
   */
  readonly checkAt: readonly (ValueCheck | undefined)[];
  readonly boundedAt: readonly boolean[];
  readonly loAt: Float64Array;
  readonly hiAt: Float64Array;
  /** The type has subtypes: an `xsi:type` may select one (see `complex`). */
  readonly poly: boolean;
  /** Substitution-group members by local name, with the index of the field they stand for. */
  readonly subs: ReadonlyMap<string, readonly { readonly k: number; readonly s: SubstituteDesc }[]> | undefined;
  /** Per element field (same index as `elems`): its type, read once from the descriptor (types of recursive fields are getters). */
  readonly typeAt: readonly ValueDesc[];
  /** Per element field (same index as `elems`): how a plain occurrence (no attributes, not `<x/>`) is read, a `LEAF_…` code. */
  readonly leafAt: Uint8Array;
  /** Per element field (same index as `elems`): its start tag may be looked for by name (`openNamed`). */
  readonly fastAt: readonly boolean[];
  /** `seen` (see `record`) once every element field was read (-1: more than 31 fields). */
  readonly allSeen: number;
  /**
   * Records of a type with element fields only (at most 31, distinct keys, no substitution
   * groups, attributes, text, open content or subtypes) start as a copy of this object, which has
   * every key in declaration order (values `undefined`): they all get one hidden class in V8 and
   * their properties are stored in place. Keys left `undefined` are dropped (see `record`).
   */
  readonly shape: Record<string, undefined> | undefined;
}

/** Read through `value` (records, wrapped arrays, lists, `anyType`, maps, XML). */
const LEAF_NONE = 0;
/** An `int` read straight from the source (`fastInt`). */
const LEAF_INT = 1;
/** A `string`: the character data as it is. */
const LEAF_STRING = 2;
/** Another scalar kind: the character data converted and checked by `scalar`. */
const LEAF_SCALAR = 3;
/** An enumeration: the trimmed character data, one of the names. */
const LEAF_ENUM = 4;

/** How a plain occurrence of element field `f` (of type `type`) is read: a `LEAF_…` code. */
function leafOf(f: FieldDesc, type: ValueDesc): number {
  if (f.item !== undefined || f.list) return LEAF_NONE;
  if (typeof type === 'string') return type === 'int' ? LEAF_INT : type === 'string' ? LEAF_STRING : type === 'anyType' ? LEAF_NONE : LEAF_SCALAR;
  return type.kind === 'enum' ? LEAF_ENUM : LEAF_NONE;
}

/** A name `openNamed` may look for: an XML name without a colon (ASCII). */
const PLAIN_NAME = /^[A-Za-z_][\w.-]*$/;

/** What a leaf read returns when the element's content has another shape (the general path reads it). */
const NOT_LEAF: unique symbol = Symbol('not a leaf');

const plans = new WeakMap<TypeDesc, ReadPlan>();

function planOf(t: TypeDesc): ReadPlan {
  let p = plans.get(t);
  if (!p) {
    const attrs: FieldDesc[] = [];
    const elems: FieldDesc[] = [];
    let text: FieldDesc | undefined;
    const byName = new Map<string, number[]>();
    const guarded = new Set<string>();
    for (const f of t.fields) {
      if (f.key in Object.prototype) guarded.add(f.key);
      if (f.node === 'attribute') attrs.push(f);
      else if (f.node === 'text') text = f;
      else {
        const list = byName.get(f.key) ?? [];
        list.push(elems.length);
        byName.set(f.key, list);
        elems.push(f);
      }
    }
    if (t.openKey !== undefined && t.openKey in Object.prototype) guarded.add(t.openKey);
    let subs: Map<string, { k: number; s: SubstituteDesc }[]> | undefined;
    elems.forEach((f, k) => {
      for (const s of f.subs ?? []) {
        subs ??= new Map();
        subs.set(s.name, [...(subs.get(s.name) ?? []), { k, s }]);
      }
    });
    const typeAt = elems.map((f) => f.type);
    p = {
      attrs,
      elems,
      text,
      byName,
      guarded,
      guardedAt: elems.map((f) => guarded.has(f.key)),
      listAt: elems.map((f) => f.list === true),
      ...numericChecks(elems),
      subs,
      poly: t.subtypes !== undefined,
      typeAt,
      leafAt: Uint8Array.from(elems, (f, k) => leafOf(f, typeAt[k])),
      fastAt: elems.map((f) => PLAIN_NAME.test(f.key)),
      allSeen: elems.length <= 31 ? 2 ** elems.length - 1 : -1,
      shape: shapeOf(t, elems, byName.size, attrs.length !== 0 || text !== undefined || guarded.size !== 0),
    };
    plans.set(t, p);
  }
  return p;
}

/** The `shape` of a read plan (see `ReadPlan.shape`). */
function shapeOf(t: TypeDesc, elems: readonly FieldDesc[], names: number, more: boolean): Record<string, undefined> | undefined {
  if (more || elems.length === 0 || elems.length > 31 || names !== elems.length || t.openKey !== undefined || t.subtypes !== undefined) return undefined;
  const shape: Record<string, undefined> = {};
  for (const f of elems) {
    if (f.subs !== undefined) return undefined;
    shape[f.key] = undefined;
  }
  return shape;
}

/**
 * Range checks of element fields: plain numeric bounds (`lo`/`hi`, ±Infinity for none) for single
 * numbers with inclusive bounds only (compared inline while reading), a check function otherwise.
 */
function numericChecks(elems: readonly FieldDesc[]): { checkAt: (ValueCheck | undefined)[]; boundedAt: boolean[]; loAt: Float64Array; hiAt: Float64Array } {
  const loAt = new Float64Array(elems.length).fill(-Infinity);
  const hiAt = new Float64Array(elems.length).fill(Infinity);
  const checkAt = elems.map((f, k) => {
    const check = fieldCheck(f);
    const fc = f.facets;
    if (check === undefined || f.list || (f.type !== 'int' && f.type !== 'float' && f.type !== 'double') || fc?.minExclusive !== undefined || fc?.maxExclusive !== undefined) return check;
    const [min, max] = boundsOf(fc, f.type === 'int' ? INT_RANGE : undefined);
    loAt[k] = min === undefined ? -Infinity : Number(min);
    hiAt[k] = max === undefined ? Infinity : Number(max);
    return Number.isNaN(loAt[k]) || Number.isNaN(hiAt[k]) ? check : undefined;
  });
  const boundedAt = elems.map((_, k) => checkAt[k] === undefined && (loAt[k] !== -Infinity || hiAt[k] !== Infinity));
  return { checkAt, boundedAt, loAt, hiAt };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Sets `obj[key]` as an own data property, also for keys such as `__proto__`. */
function put(obj: Record<string, unknown>, key: string, value: unknown, guarded: ReadonlySet<string>): void {
  if (guarded.size !== 0 && guarded.has(key)) {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else obj[key] = value;
}

function own(obj: Record<string, unknown>, key: string, guarded: ReadonlySet<string>): unknown {
  if (guarded.size !== 0 && guarded.has(key)) return hasOwn.call(obj, key) ? obj[key] : undefined;
  return obj[key];
}

/** Scanner and schema-driven reader over one XML document. */

/** Schema-driven reader: reads opened elements as values of their descriptors. */
export class XmlReader extends XmlScanner {
  /**
   * SOAP encoding (SOAP 1.1 §5.4.1, SOAP 1.2 Part 2 §3.1.5): an element with `href="#id"` (SOAP
   * 1.1) or `enc:ref="id"` (SOAP 1.2) stands for the element carrying that id, wherever it is in
   * the document (multi-reference values, as .NET and Axis write them).
   */
  multiRef = false;
  /**
   * HTTP GET/POST answers of a SOAP-encoded service are XmlSerializer documents: members the
   * descriptors mark unqualified (`ns: ''`, as SOAP encoding writes them) are in their parent's
   * namespace there.
   */
  unqualifiedInParent = false;
  /** MTOM/XOP: the parts of a multipart response an `xop:Include` may name, by Content-ID (mtom.ts). */
  attachments: ReadonlyMap<string, Uint8Array> | undefined;
  /**
   * Check every value against its descriptor (ranges, enumerations, lexical forms, nil, a
   * singleton at most once). Off only where a request is read back to be validated afterwards
   * (the mock), so that every problem is reported by the validator at once.
   */
  strict = true;
  private targets: Map<string, RefTarget> | undefined;
  /**
   * Values already read from a multi-reference target, by id and how it was read: a target
   * referenced many times is read once (the references share the value, as they share it in the
   * document), so resolving costs time linear in the document, however the references fan out.
   */
  private refValues: Map<string, Map<unknown, unknown>> | undefined;
  /** Ids being resolved (a reference cycle cannot be a tree value). */
  private resolving: readonly string[] = NO_IDS;

  /** Reads an opened element as a value of `desc` (`null` for `xsi:nil`); consumes the element. */
  value(o: Opened, desc: ValueDesc): unknown {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    const ref = this.reference(o);
    if (ref !== undefined) return this.deref(ref, 'value', desc, (r, t) => r.value(t, desc));
    if (typeof desc === 'string') {
      if (!o.empty) {
        if (desc === 'int') {
          const n = this.fastInt(o);
          if (n !== undefined) return n;
        } else if (desc !== 'anyType') {
          const t = this.leafText(o);
          if (t !== undefined) return this.scalar(desc, t);
          if (desc === 'base64Binary') {
            const b = readXopInclude(this, o, this.attachments);
            if (b !== undefined) return b;
          }
        }
      }
      return this.scalar(desc, desc === 'anyType' ? this.text(o, true) : this.text(o, false, true));
    }
    switch (desc.kind) {
      case 'enum':
        return this.enumValue(desc, this.text(o, false, true).trim());
      case 'xml':
        return this.inner(o);
      case 'map':
        return this.map(o, desc.value);
      case 'complex':
        return this.complex(o, desc);
    }
  }

  /**
   * When opened element `o` is a multi-reference (only read so in SOAP encoding), consumes it and
   * returns the id it points to.
   */
  private reference(o: Opened): string | undefined {
    if (!this.multiRef || this.attrN === 0) return undefined;
    const h = this.attr('href', '')?.trim();
    const id = h !== undefined && h.startsWith('#') ? h.slice(1) : this.attr('ref', SOAP12_ENC)?.trim();
    if (id !== undefined) this.skip(o);
    return id;
  }

  /**
   * Reads the element a multi-reference id names with `read` (once per `how` and `key`: later
   * references get the value read first). The target is read as if it stood where the reference
   * is, so its depth counts from there.
   */
  private deref<T>(id: string, how: string, key: unknown, read: (r: XmlReader, target: Opened) => T): T {
    this.targets ??= this.indexTargets();
    const target = this.targets.get(id);
    if (!target) throw this.error(`multi-reference #${id} names no element`);
    this.refValues ??= new Map();
    const slot = `${how} ${id}`;
    let known = this.refValues.get(slot);
    if (known?.has(key)) return known.get(key) as T;
    if (this.resolving.includes(id) || this.resolving.length >= MAX_REF_DEPTH) throw this.error(`multi-reference #${id} is cyclic or nested too deeply`);
    const sub = new XmlReader(this.src, this.maxDepth);
    sub.multiRef = true;
    sub.attachments = this.attachments;
    sub.localText = true;
    sub.strict = this.strict;
    sub.targets = this.targets;
    sub.refValues = this.refValues;
    sub.resolving = [...this.resolving, id];
    sub.path.push(...this.path);
    sub.seek(target.pos, target.scope, this.depth);
    const v = read(sub, sub.open());
    if (!known) this.refValues.set(slot, (known = new Map()));
    known.set(key, v);
    return v;
  }

  /** Every element carrying an `id` (SOAP 1.1) or `enc:id` (SOAP 1.2), by id. */
  private indexTargets(): Map<string, RefTarget> {
    const out = new Map<string, RefTarget>();
    const s = new XmlScanner(this.src, this.maxDepth);
    s.prolog();
    const stack: Opened[] = [];
    let c: Opened | undefined = s.open();
    for (;;) {
      if (c) {
        const id = s.attr('id', '') ?? s.attr('id', SOAP12_ENC);
        if (id !== undefined && !out.has(id.trim())) out.set(id.trim(), { pos: c.start, scope: s.scopeOutside(c) });
        stack.push(c);
        c = s.first(c);
      } else {
        stack.pop();
        if (stack.length === 0) break;
        c = s.next(stack[stack.length - 1]);
      }
    }
    return out;
  }

  /**
   * The type a record of declared type `t` (one with subtypes) is read as: the subtype its
   * `xsi:type` names, else `t` (also for an `xsi:type` the spec does not describe).
   */
  private xsiSubtype(t: TypeDesc): TypeDesc {
    const xt = this.attrN !== 0 ? this.attr('type', XSI_NS) : undefined;
    if (xt === undefined) return t;
    const q = xt.trim();
    const colon = q.indexOf(':');
    const ns = this.namespaceOf(colon < 0 ? '' : q.slice(0, colon));
    return (ns !== undefined && subtypeByName(t, ns, q.slice(colon + 1))) || t;
  }


  /**
   * Reads `[ws][-+]digits[ws]</name>` straight from the source without making a string; returns
   * `undefined` (reader position unchanged) when the content has another shape.
   */
  private fastInt(o: Opened): number | undefined {
    const n = this.intAt(this.pos);
    if (n !== undefined) this.close(o);
    return n;
  }

  /**
   * The integer `[ws][-+]digits[ws]` at `i` up to an end tag (`undefined` for another shape or
   * more than 10 digits); on success the reader position is at that end tag.
   */
  private intAt(i: number): number | undefined {
    const s = this.src;
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    let neg = false;
    if (c === 45 || c === 43) {
      neg = c === 45;
      c = s.charCodeAt(++i);
    }
    const d0 = i;
    let n = 0;
    while (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      c = s.charCodeAt(++i);
    }
    // More than 10 digits is out of every int range: the slow path reports it.
    if (i === d0 || i - d0 > 10) return undefined;
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 60 || s.charCodeAt(i + 1) !== 47) return undefined;
    if (n > 4294967295 || (neg && n > 2147483648)) return undefined;
    this.pos = i;
    return neg ? -n : n;
  }

  /**
   * Text of an opened element whose content is character data only, up to its end tag (read);
   * `undefined` (reader position unchanged) when markup comes first.
   */
  private leafText(o: Opened): string | undefined {
    const s = this.src;
    const p = this.pos;
    const lt = s.indexOf('<', p);
    if (lt < 0 || s.charCodeAt(lt + 1) !== 47) return undefined;
    const v = lt === p ? '' : this.segment(p, lt);
    this.pos = lt;
    this.close(o);
    return v;
  }

  /** Converts scalar text to its result form. */
  scalar(kind: ScalarKind, text: string): unknown {
    switch (kind) {
      case 'string':
      case 'anyType':
        return text;
      case 'int':
      case 'float':
      case 'double': {
        const t = text.trim();
        if (kind === 'int' ? INTEGER_RE.test(t) : FLOAT_RE.test(t)) {
          const n = Number(t);
          // `int` covers every 32-bit integer type, signed and unsigned; the field's own range is
          // checked by its read plan. A finite text may not overflow to an infinity.
          if (this.strict && (kind === 'int' ? n < -2147483648 || n > 4294967295 : n === Infinity || n === -Infinity || (kind === 'float' && (n > FLT_MAX || n < -FLT_MAX)))) {
            throw this.error(`${kind} ${JSON.stringify(t.slice(0, 40))} is out of range`);
          }
          return n;
        }
        if (kind !== 'int') {
          if (t === 'INF' || t === '+INF') return Infinity;
          if (t === '-INF') return -Infinity;
          if (t === 'NaN') return NaN;
        }
        throw this.error(`invalid ${kind} ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'boolean': {
        const t = text.trim();
        if (t === 'true' || t === '1') return true;
        if (t === 'false' || t === '0') return false;
        throw this.error(`invalid boolean ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'long':
      case 'decimal': {
        const t = text.trim();
        if ((kind === 'long' ? INTEGER_RE : DECIMAL_RE).test(t)) return t;
        throw this.error(`invalid ${kind} ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'base64Binary':
      case 'hexBinary': {
        const b = kind === 'base64Binary' ? fromBase64(text) : fromHex(text);
        if (b) return b;
        throw this.error(`invalid ${kind}`);
      }
      default: {
        // dateTime, date, time, duration, guid: the XSD lexical form.
        const t = text.trim();
        if (!this.strict || (kind === 'dateTime' ? isDateTime(t) : kind === 'guid' ? isGuid(t, false) : LEXICAL[kind].test(t))) return t;
        throw this.error(`invalid ${kind} ${JSON.stringify(t.slice(0, 40))}`);
      }
    }
  }

  /** An enumeration value: one of the declared names (each of them for a list enumeration). */
  enumValue(e: EnumDesc, t: string): string {
    if (!this.strict) return t;
    if (e.list) {
      for (const x of t.split(/[ \t\r\n]+/)) if (x !== '' && !isEnumMember(e, x)) throw this.error(`${JSON.stringify(x.slice(0, 40))} is not a ${e.name} value`);
    } else if (!isEnumMember(e, t)) throw this.error(`${JSON.stringify(t.slice(0, 40))} is not a ${e.name} value`);
    return t;
  }

  /** Runs a field's range check on one value (each item of an `xs:list` value). */
  protected checked(check: ValueCheck, v: unknown): void {
    if (!this.strict) return;
    if (Array.isArray(v)) {
      for (const x of v) this.checked(check, x);
      return;
    }
    const problem = check(v);
    if (problem !== undefined) throw this.error(problem);
  }

  /**
   * After the root element: only whitespace, comments and processing instructions may follow
   * (XML 1.0 §2.1 `Misc*`); anything else is an error.
   */
  epilog(): void {
    const s = this.src;
    let i = this.pos;
    for (;;) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return;
      if (s.startsWith('<!--', i)) {
        const e = s.indexOf('-->', i + 4);
        if (e < 0) break;
        i = e + 3;
      } else if (s.startsWith('<?', i)) {
        const e = s.indexOf('?>', i + 2);
        if (e < 0) break;
        i = e + 2;
      } else break;
    }
    this.pos = i;
    throw this.error(`content after the document's root element: ${JSON.stringify(s.slice(i, i + 40))}`);
  }

  /** A dictionary read from the wire: a null-prototype object, so any key (`__proto__`, `toString`) is data. */
  private map(o: Opened, valueDesc: ValueDesc): Record<string, unknown> {
    const out = Object.create(null) as Record<string, unknown>;
    const all = new Set<string>(['__proto__']);
    for (let c = this.first(o); c; c = this.next(o)) {
      const k = this.localName(c);
      this.path.push(k);
      put(out, k, this.value(c, valueDesc), all);
      this.path.pop();
    }
    return out;
  }

  /**
   * Reads an opened element as a record of type `t`. Where `t` has subtypes, the element's
   * `xsi:type` selects the type read, and `$type` says which it was.
   */
  complex(o: Opened, t: TypeDesc): Record<string, unknown> {
    const plan = planOf(t);
    if (!plan.poly) return this.record(o, t, plan);
    const actual = this.xsiSubtype(t);
    const obj = this.record(o, actual, actual === t ? plan : planOf(actual));
    if (actual.tag !== undefined) obj.$type = actual.tag;
    return obj;
  }

  /** Reads an opened element as a record of exactly type `t` (`plan`: its read plan). */
  private record(o: Opened, t: TypeDesc, plan: ReadPlan): Record<string, unknown> {
    const shape = plan.shape;
    if (shape !== undefined) {
      const obj: Record<string, unknown> = { ...shape };
      const seen = this.elements(obj, o, t, plan);
      if (seen === plan.allSeen) return obj;
      this.complete(obj, plan, plan.guarded, seen);
      // Fields left out: a record with only the keys read (in declaration order).
      const out: Record<string, unknown> = {};
      for (const f of plan.elems) if (obj[f.key] !== undefined) out[f.key] = obj[f.key];
      return out;
    }
    const obj: Record<string, unknown> = {};
    if (plan.attrs.length !== 0 && this.attrN !== 0) this.attributes(obj, plan);
    if (plan.text) {
      this.simpleContent(obj, o, plan, plan.text);
      this.complete(obj, plan, plan.guarded, 0);
    } else this.complete(obj, plan, plan.guarded, this.elements(obj, o, t, plan));
    return obj;
  }

  /** Reads the attributes of the start tag read last that are fields of `plan` into `obj`. */
  private attributes(obj: Record<string, unknown>, plan: ReadPlan): void {
    for (const f of plan.attrs) {
      // Exact namespace match: an unqualified attribute is in no namespace (never `xsi:type`).
      const v = this.attr(f.key, f.ns ?? '');
      if (v === undefined) continue;
      this.path.push(`@${f.key}`);
      const x = f.list ? this.list(f.type, v) : this.simple(f.type, v);
      const check = fieldCheck(f);
      if (check !== undefined) this.checked(check, x);
      put(obj, f.key, x, plan.guarded);
      this.path.pop();
    }
  }

  /** Reads the text content of `o` as field `tf` into `obj`. */
  private simpleContent(obj: Record<string, unknown>, o: Opened, plan: ReadPlan, tf: FieldDesc): void {
    this.path.push(tf.key);
    const text = this.text(o, false, true);
    const x = tf.list ? this.list(tf.type, text) : this.simple(tf.type, text);
    const check = fieldCheck(tf);
    if (check !== undefined) this.checked(check, x);
    put(obj, tf.key, x, plan.guarded);
    this.path.pop();
  }

  /**
   * Reads the child elements of `o` into `obj`; returns the fields read (bit k for the k-th of
   * the first 31), so that absent fields are found without looking keys up again.
   */
  private elements(obj: Record<string, unknown>, o: Opened, t: TypeDesc, plan: ReadPlan): number {
    if (o.empty) {
      this.pop(o);
      return 0;
    }
    const elems = plan.elems;
    const leafAt = plan.leafAt;
    const fastAt = plan.fastAt;
    let seen = 0;
    let hint = 0;
    // Children are stepped through with `nextTag` (no object per start tag); a child read by the
    // general path is handed on as an `Opened`. The field expected next, in sequence order, is
    // looked for first by its name when its namespace is the default one in scope (the bindings
    // below the children stay as they are while they are read).
    let e = 0;
    const dns = this.defaultNs();
    for (;;) {
      let k: number;
      const x = e < elems.length && fastAt[e] ? elems[e] : undefined;
      if (x !== undefined && (x.ns === undefined || (x.ns === '' && this.unqualifiedInParent) ? o.ns : x.ns) === dns && this.openNamed(x.key, dns)) k = e;
      else if (!this.nextTag(o)) break;
      else k = this.matchTag(plan, hint, o.ns);
      if (k < 0) {
        seen = this.unknownChild(obj, o, t, plan, seen);
        continue;
      }
      hint = k;
      const f = elems[k];
      this.path.push(f.key);
      const single = !f.array || f.item !== undefined;
      e = single ? k + 1 : k;
      // maxOccurs = 1 (a wrapped array is one wrapper element).
      if (single && this.strict && (k < 31 ? (seen & (1 << k)) !== 0 : hasOwn.call(obj, f.key))) throw this.error(`element ${f.key} occurs more than once`);
      const leaf = leafAt[k];
      // A plain leaf (no attributes: no xsi:nil, no multi-reference) is read in place.
      let v: unknown = leaf !== LEAF_NONE && this.attrN === 0 && !this.tEmpty ? this.leaf(leaf, plan.typeAt[k], f.key) : NOT_LEAF;
      if (v === NOT_LEAF) v = this.child(f, plan.typeAt[k], plan.listAt[k]);
      if (v === null) {
        if (!f.nillable && this.strict) {
          // SOAP encoding marks any absent value nil (SOAP 1.1 §5.1): an optional field is left out.
          if (!single || !this.multiRef || !f.optional) throw this.error(`xsi:nil on element ${f.key}, which is not nillable`);
          this.path.pop();
          continue;
        }
      } else if (plan.checkAt[k] !== undefined) this.checked(plan.checkAt[k]!, v);
      else if (plan.boundedAt[k] && ((v as number) < plan.loAt[k] || (v as number) > plan.hiAt[k])) this.checked(fieldCheck(f)!, v);
      if (!single) this.append(obj, f.key, v, plan.guarded);
      else if (plan.guardedAt[k]) put(obj, f.key, v, plan.guarded);
      else obj[f.key] = v;
      if (k < 31) seen |= 1 << k;
      this.path.pop();
    }
    return seen;
  }

  /** Reads the child whose start tag was read last, of field `f`, by the general path. */
  private child(f: FieldDesc, type: ValueDesc, list: boolean): unknown {
    const c = this.opened();
    return f.item ? this.wrapped(c, f, f.item.encoded === true) : list ? this.listElement(c, type) : this.value(c, type);
  }

  /** Adds `v` to the array under `key` (made on the first occurrence). */
  private append(obj: Record<string, unknown>, key: string, v: unknown, g: ReadonlySet<string>): void {
    const arr = own(obj, key, g) as unknown[] | undefined;
    if (arr) arr.push(v);
    else put(obj, key, [v], g);
  }

  /**
   * A child (start tag read last) that is no field: a substitution-group member, kept under the
   * type's `openKey`, or skipped. Returns `seen` with the field a member stands for.
   */
  private unknownChild(obj: Record<string, unknown>, o: Opened, t: TypeDesc, plan: ReadPlan, seen: number): number {
    const c = this.opened();
    if (plan.subs !== undefined) {
      const s = this.substitute(obj, plan, c, o.ns, seen);
      if (s >= 0) return s < 31 ? seen | (1 << s) : seen;
    }
    if (t.openKey === undefined) this.skip(c);
    else this.keep(obj, t.openKey, c, plan.guarded);
    return seen;
  }


  /**
   * Applies absent-field rules: unwrapped arrays become `[]`, missing required elements fail.
   * `seen`: bit k set when the k-th element field (k < 31) was read.
   */
  private complete(obj: Record<string, unknown>, plan: ReadPlan, g: ReadonlySet<string>, seen: number): void {
    if (seen === plan.allSeen) return;
    const elems = plan.elems;
    for (let k = 0; k < elems.length; k++) {
      const f = elems[k];
      if ((k < 31 && (seen & (1 << k)) !== 0) || own(obj, f.key, g) !== undefined) continue;
      if (f.array) {
        if (!f.item) put(obj, f.key, [], g);
      } else if (!f.optional) {
        throw this.error(`missing required element ${f.key}`);
      }
    }
  }

  private keep(obj: Record<string, unknown>, key: string, c: Opened, g: ReadonlySet<string>): void {
    this.skip(c);
    const raw = this.src.slice(c.start, this.pos);
    const list = own(obj, key, g) as string[] | undefined;
    if (list) list.push(raw);
    else put(obj, key, [raw], g);
  }

  /**
   * Reads child `c` when it is a member of a substitution group headed by a field: as the
   * member's type, with `$type` set, into that field. Returns the field's index, -1 when `c` is no
   * member.
   */
  private substitute(obj: Record<string, unknown>, plan: ReadPlan, c: Opened, parentNs: string, seen: number): number {
    const cands = plan.subs!.get(this.localName(c));
    const hit = cands?.find(({ k, s }) => (s.ns ?? plan.elems[k].ns ?? parentNs) === c.ns);
    if (!hit) return -1;
    const f = plan.elems[hit.k];
    const g = plan.guarded;
    this.path.push(hit.s.name);
    if (this.strict && !f.array && (hit.k < 31 ? (seen & (1 << hit.k)) !== 0 : hasOwn.call(obj, f.key))) throw this.error(`element ${f.key} occurs more than once`);
    const v = this.value(c, hit.s.type);
    if (v === null && !f.nillable && this.strict) throw this.error(`xsi:nil on element ${hit.s.name}, which is not nillable`);
    // The member's type, unless an xsi:type on the member named a type derived from it.
    if (v !== null && typeof v === 'object' && hit.s.type.tag !== undefined) (v as Record<string, unknown>).$type ??= hit.s.type.tag;
    if (!f.array) put(obj, f.key, v, g);
    else {
      const arr = own(obj, f.key, g) as unknown[] | undefined;
      if (arr) arr.push(v);
      else put(obj, f.key, [v], g);
    }
    this.path.pop();
    return hit.k;
  }

  /**
   * Reads the plain leaf element whose start tag was read last (no attributes, not `<x/>`) as a
   * value of `type` (`leaf`: its `LEAF_…` code), or returns `NOT_LEAF` (nothing consumed) when its
   * content is not character data alone.
   */
  private leaf(leaf: number, type: ValueDesc, name: string): unknown {
    const s = this.src;
    const p = this.pos;
    if (leaf === LEAF_INT) {
      const n = this.intAt(p);
      if (n !== undefined) {
        this.closeNamed(name, this.tQs, this.tQe, this.tMark);
        return n;
      }
      return NOT_LEAF;
    }
    const lt = s.indexOf('<', p);
    if (lt < 0 || s.charCodeAt(lt + 1) !== 47) return NOT_LEAF;
    const v = lt === p ? '' : this.segment(p, lt);
    this.pos = lt;
    this.closeNamed(name, this.tQs, this.tQe, this.tMark);
    if (leaf === LEAF_STRING) return v;
    if (leaf === LEAF_SCALAR) return this.scalar(type as ScalarKind, v);
    return this.enumValue(type as EnumDesc, v.trim());
  }

  /** Index of the field matching the start tag read last (by local name and namespace), or -1. */
  private matchTag(plan: ReadPlan, hint: number, parentNs: string): number {
    const elems = plan.elems;
    const ls = this.tLs;
    const n = this.tQe - ls;
    const ns = this.tNs;
    const s = this.src;
    const end = hint + 2 < elems.length ? hint + 2 : elems.length;
    for (let k = hint; k < end; k++) {
      const f = elems[k];
      const key = f.key;
      if (key.length === n && (f.ns === undefined || (f.ns === '' && this.unqualifiedInParent) ? parentNs : f.ns) === ns && textAt(s, ls, key)) return k;
    }
    const cands = plan.byName.get(s.slice(ls, this.tQe));
    if (cands) for (const k of cands) if ((elems[k].ns === undefined || (elems[k].ns === '' && this.unqualifiedInParent) ? parentNs : elems[k].ns) === ns) return k;
    return -1;
  }

  /**
   * Reads an opened wrapper element of an array field: its `item.name` children (any child when
   * `anyName`), in order; `null` when the wrapper is nil.
   */
  wrapped(o: Opened, f: FieldDesc, anyName: boolean): unknown[] | null {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    const ref = this.reference(o);
    if (ref !== undefined) return this.deref(ref, anyName ? 'any-items' : 'items', f, (r, t) => r.wrapped(t, f, anyName));
    const out: unknown[] = [];
    const item = f.item;
    const itemNs = item?.ns ?? o.ns;
    const check = fieldCheck(f);
    const type = f.type;
    if (o.empty) {
      this.pop(o);
      return out;
    }
    // Items in the default namespace in scope are looked for by name first (see `record`).
    const dns = this.defaultNs();
    const itemName = !anyName && item !== undefined && itemNs === dns && PLAIN_NAME.test(item.name) ? item.name : undefined;
    for (;;) {
      let c: Opened;
      if (itemName !== undefined && this.openNamed(itemName, dns)) c = this.opened();
      else if (this.nextTag(o)) c = this.opened();
      else break;
      if (anyName || !item || (this.isNamed(c, item.name) && c.ns === itemNs)) {
        const v = f.list ? this.listElement(c, type) : this.value(c, type);
        if (check !== undefined && v !== null) this.checked(check, v);
        out.push(v);
      } else this.skip(c);
    }
    return out;
  }

  /** An element holding an `xs:list` value: its items (`null` for `xsi:nil`). */
  private listElement(o: Opened, item: ValueDesc): unknown[] | null {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    return this.list(item, this.text(o, false, true));
  }

  /** The items of `xs:list` text (whitespace-separated), each converted by `item`. */
  private list(item: ValueDesc, text: string): unknown[] {
    const out: unknown[] = [];
    for (const t of text.split(/[ \t\r\n]+/)) if (t !== '') out.push(this.simple(item, t));
    return out;
  }

  /** Converts attribute or simple-content text by a scalar or enum descriptor. */
  private simple(desc: ValueDesc, text: string): unknown {
    if (typeof desc === 'string') return this.scalar(desc, text);
    if (desc.kind === 'enum') return this.enumValue(desc, text.trim());
    throw this.error('attribute or text content must have a simple type');
  }
}
