import type { ComplexType, Facets, Field, FieldChoice, SourceLoc, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import type { SchemaRec } from './loader.js';
import { NS, XSD_NSS } from './ns.js';
import { occurs, xsdDoc, type SchemaIndex } from './schema-index.js';
import { readFacets } from './simple.js';
import { attr, attrNs, kids, resolveQName, type XmlElement } from './xml.js';

/**
 * What building a complex type needs of the schema builder (schema.ts's SchemaBuilder, which
 * calls buildComplex; declared here so that the two modules do not import each other).
 */
export interface SchemaBuilder {
  readonly diags: Diagnostics;
  readonly index: SchemaIndex;
  loc(rec: SchemaRec, el: XmlElement, path?: string): SourceLoc;
  isComplex(id: string): boolean;
  typeRef(at: XmlElement, qname: string, rec: SchemaRec, path: string): TypeRef;
  elementField(el: XmlElement, occ: Occ, owner: string, rec: SchemaRec, path: string): Field;
  attributeField(el: XmlElement, owner: string, rec: SchemaRec, path: string): Field | undefined;
  builtinAttributeGroup(el: XmlElement, ref: string, rec: SchemaRec, path: string): Field[] | undefined;
}

/** Accumulates the members of one complex type while its content model is walked. */
interface Acc {
  readonly fields: Field[];
  readonly notes: string[];
  open: boolean;
  choices: number;
  anys: number;
  /** Name used to derive names of anonymous types declared inside. */
  readonly owner: string;
  readonly path: string;
  readonly stack: Set<XmlElement>;
  /** The type restricts `soapenc:Array`. */
  soapenc?: boolean;
}

/** Occurrence inherited from enclosing model groups. */
export interface Occ {
  readonly optional: boolean;
  readonly array: boolean;
  /** Id of the innermost enclosing `xs:choice` group. */
  readonly choice?: string;
  /** Index of the alternative of `choice` being walked. */
  readonly branch?: number;
  /** Every particle from the choice's alternative down to here has `minOccurs >= 1`. */
  readonly branchRequired?: boolean;
  /** The choice may be absent (its own or an enclosing particle's `minOccurs = 0`). */
  readonly choiceOptional?: boolean;
  /** The choice repeats (its own or an enclosing particle's `maxOccurs > 1`). */
  readonly choiceRepeated?: boolean;
}

/** The `xs:choice` membership of a field walked under `occ` (see `FieldChoice` in the IR). */
export function choiceAttrs(occ: Occ): { choice?: FieldChoice } {
  if (!occ.choice) return {};
  return {
    choice: {
      group: occ.choice,
      branch: occ.branch ?? 0,
      ...(occ.branchRequired ? { required: true } : {}),
      ...(occ.choiceOptional ? { optional: true } : {}),
      ...(occ.choiceRepeated ? { repeated: true } : {}),
    },
  };
}

const isXsd = (el: XmlElement): boolean => XSD_NSS.includes(el.ns);

/**
 * An `xs:complexType` as a ComplexType (XSD Part 1 §3.4): model groups are flattened into fields
 * in wire order; `complexContent/extension` sets `base`; `simpleContent` becomes a `$value` text
 * field plus attributes; SOAP-ENC arrays become one repeated `item` field.
 */
export function buildComplex(b: SchemaBuilder, ct: XmlElement, id: string, name: string, rec: SchemaRec, path: string): ComplexType {
  const acc: Acc = { fields: [], notes: [], open: false, choices: 0, anys: 0, owner: name, path, stack: new Set() };
  let base: string | undefined;
  if (attr(ct, 'mixed') === 'true') acc.notes.push('mixed content: text between the elements is not modelled');
  for (const child of ct.children) {
    if (!isXsd(child)) continue;
    if (child.local === 'complexContent' || child.local === 'simpleContent') {
      const mixed = attr(child, 'mixed') === 'true';
      if (mixed) acc.notes.push('mixed content: text between the elements is not modelled');
      const d = child.children.find((c) => isXsd(c) && (c.local === 'extension' || c.local === 'restriction'));
      if (d) base = derivation(b, d, child.local === 'simpleContent', acc, rec);
    } else content(b, child, { optional: false, array: false }, acc, rec);
  }
  const description = xsdDoc(ct);
  return {
    kind: 'complex',
    id,
    name,
    namespace: rec.tns,
    fields: acc.fields,
    ...(base ? { base } : {}),
    ...(attr(ct, 'abstract') === 'true' ? { abstract: true } : {}),
    ...(acc.soapenc ? { soapencArray: true } : {}),
    ...(acc.open ? { open: true } : {}),
    ...(acc.notes.length ? { notes: [...new Set(acc.notes)] } : {}),
    ...(description ? { description } : {}),
    loc: b.loc(rec, ct, path),
  };
}

/** Handles a complexContent/simpleContent extension or restriction; returns the `base` type id if any. */
function derivation(b: SchemaBuilder, d: XmlElement, simple: boolean, acc: Acc, rec: SchemaRec): string | undefined {
  const baseQ = attr(d, 'base') ?? '';
  const q = resolveQName(d, baseQ);
  if (!simple && d.local === 'restriction' && q && (q.ns === NS.soapenc || q.ns === NS.soapenc12) && q.local === 'Array') {
    soapencArray(b, d, acc, rec);
    return undefined;
  }
  const baseRef: TypeRef = baseQ ? b.typeRef(d, baseQ, rec, acc.path) : { kind: 'primitive', name: 'anyType' };
  const baseIsComplex = baseRef.kind === 'ref' && b.isComplex(baseRef.id);
  let base: string | undefined;
  if (baseIsComplex && d.local === 'extension') base = baseRef.id;
  else if (baseIsComplex && !simple) acc.notes.push(`restriction of ${baseRef.id}: only the restricted content is listed`);
  else if (baseIsComplex) base = baseRef.id;
  else if (!simple && baseRef.kind === 'xml') acc.notes.push(`derived from the undefined type ${baseQ}: only its own content is listed`);
  else if (simple || !(baseRef.kind === 'primitive' && baseRef.name === 'anyType')) {
    const facets = d.local === 'restriction' ? readFacets(d) : undefined;
    // Text of an undefined type (already reported) is read and written as text.
    acc.fields.push(textField(b, baseRef.kind === 'xml' ? { kind: 'primitive', name: 'anyType' } : baseRef, facets, d, rec, acc.path));
  }
  for (const c of d.children) if (isXsd(c)) content(b, c, { optional: false, array: false }, acc, rec);
  return base;
}

function textField(b: SchemaBuilder, type: TypeRef, facets: Facets | undefined, at: XmlElement, rec: SchemaRec, path: string): Field {
  return {
    kind: 'field', fieldKind: 'text', name: '$value', type, optional: false, array: false, nillable: false,
    ...(facets ? { facets } : {}), loc: b.loc(rec, at, joinPath(path, '$value')),
  };
}

/**
 * SOAP 1.1 §5.4.2 arrays: `restriction base="soapenc:Array"` with `wsdl:arrayType="tns:X[]"` on
 * the `arrayType` attribute (or a sequence of one element) becomes a repeated `item` of X.
 */
function soapencArray(b: SchemaBuilder, r: XmlElement, acc: Acc, rec: SchemaRec): void {
  acc.soapenc = true;
  const before = acc.fields.length;
  for (const c of r.children) if (isXsd(c) && c.local !== 'attribute') content(b, c, { optional: false, array: false }, acc, rec);
  if (acc.fields.length > before) return;
  let type: TypeRef = { kind: 'primitive', name: 'anyType' };
  for (const a of kids(r, XSD_NSS, 'attribute')) {
    const at = attrNs(a, NS.wsdl, 'arrayType');
    if (!at) continue;
    const m = /^(.*?)((?:\[[\d,\s]*\])+)$/.exec(at.trim());
    const itemQ = m ? m[1] : at;
    type = b.typeRef(a, itemQ, rec, acc.path);
    if (m && (m[2].match(/\[/g) ?? []).length > 1) {
      type = { kind: 'xml' };
      acc.notes.push(`SOAP-ENC array of arrays (${at}): items kept as XML`);
    }
  }
  acc.notes.push('SOAP-ENC array: item element names are not fixed by the schema');
  acc.fields.push({ kind: 'field', fieldKind: 'element', name: 'item', namespace: '', type, optional: true, array: true, nillable: true, loc: b.loc(rec, r, joinPath(acc.path, 'item')) });
}

/** Walks one child of a complex type / model group / derivation. */
function content(b: SchemaBuilder, el: XmlElement, occ: Occ, acc: Acc, rec: SchemaRec): void {
  switch (el.local) {
    case 'sequence':
    case 'all':
    case 'choice':
    case 'group':
    case 'element':
    case 'any':
      particle(b, el, occ, acc, rec);
      return;
    case 'attribute':
    case 'attributeGroup':
    case 'anyAttribute':
      attribute(b, el, acc, rec);
      return;
    default:
      return;
  }
}

function particle(b: SchemaBuilder, el: XmlElement, outer: Occ, acc: Acc, rec: SchemaRec): void {
  const { min, max } = occurs(el);
  if (max === 0) return;
  const occ: Occ = { ...outer, optional: outer.optional || min === 0, array: outer.array || max > 1, branchRequired: !!outer.branchRequired && min >= 1 };
  if (el.local === 'element') acc.fields.push(b.elementField(el, occ, acc.owner, rec, acc.path));
  else if (el.local === 'any') {
    acc.open = true;
    acc.anys++;
    const name = acc.anys === 1 ? '$any' : `$any${acc.anys}`;
    acc.fields.push({
      kind: 'field', fieldKind: 'any', name, type: { kind: 'xml' }, optional: occ.optional, array: occ.array, nillable: false,
      ...choiceAttrs(occ),
      notes: [`xs:any (namespace ${attr(el, 'namespace') ?? '##any'})`], loc: b.loc(rec, el, joinPath(acc.path, name)),
    });
  } else if (el.local === 'sequence' || el.local === 'all') {
    for (const c of el.children) if (isXsd(c)) particle(b, c, occ, acc, rec);
  } else if (el.local === 'choice') {
    choice(b, el, occ, acc, rec);
  } else if (el.local === 'group') {
    const ref = attr(el, 'ref');
    const g = ref ? b.index.lookup('group', el, ref) : undefined;
    if (!g) {
      if (ref) b.diags.warn(Codes.MISSING, `model group ${ref} is not defined`, b.loc(rec, el, acc.path));
      else for (const c of el.children) if (isXsd(c)) particle(b, c, occ, acc, rec);
      return;
    }
    if (acc.stack.has(g.el)) return;
    acc.stack.add(g.el);
    for (const c of g.el.children) if (isXsd(c) && c.local !== 'annotation') particle(b, c, occ, acc, g.rec);
    acc.stack.delete(g.el);
  }
}

/**
 * `xs:choice` (XSD Part 1 §3.8): every alternative's fields are optional and share a group id and
 * their alternative's index. When some alternative can match nothing (no field of it is required
 * once chosen), the choice as a whole may be absent: the group is marked `choiceOptional`.
 */
function choice(b: SchemaBuilder, el: XmlElement, occ: Occ, acc: Acc, rec: SchemaRec): void {
  const group = `choice${++acc.choices}`;
  const start = acc.fields.length;
  const inner = { optional: true, array: occ.array, choice: group, branchRequired: true, choiceOptional: occ.optional, choiceRepeated: occ.array };
  let branches = 0;
  for (const c of el.children) {
    if (!isXsd(c) || c.local === 'annotation') continue;
    particle(b, c, { ...inner, branch: branches++ }, acc, rec);
  }
  const mine = (f: Field): FieldChoice | undefined => ((f.fieldKind === 'element' || f.fieldKind === 'any') && f.choice?.group === group ? f.choice : undefined);
  const added = acc.fields.slice(start);
  let emptiable = false;
  for (let i = 0; i < branches; i++) if (!added.some((f) => mine(f)?.branch === i && mine(f)?.required)) emptiable = true;
  if (!emptiable || occ.optional) return;
  for (let i = start; i < acc.fields.length; i++) {
    const f = acc.fields[i];
    const c = mine(f);
    if (c && (f.fieldKind === 'element' || f.fieldKind === 'any')) acc.fields[i] = { ...f, choice: { ...c, optional: true } };
  }
}

/** `xs:attribute`, `xs:attributeGroup ref`, `xs:anyAttribute` (XSD Part 1 §3.2, §3.6). */
function attribute(b: SchemaBuilder, el: XmlElement, acc: Acc, rec: SchemaRec): void {
  if (el.local === 'anyAttribute') {
    acc.open = true;
    return;
  }
  if (el.local === 'attributeGroup') {
    const ref = attr(el, 'ref');
    const g = ref ? b.index.lookup('attributeGroup', el, ref) : undefined;
    const known = !g && ref ? b.builtinAttributeGroup(el, ref, rec, acc.path) : undefined;
    if (known) {
      acc.fields.push(...known);
      return;
    }
    if (!g) {
      if (ref) b.diags.warn(Codes.MISSING, `attribute group ${ref} is not defined`, b.loc(rec, el, acc.path));
      return;
    }
    if (acc.stack.has(g.el)) return;
    acc.stack.add(g.el);
    for (const c of g.el.children) if (isXsd(c)) attribute(b, c, acc, g.rec);
    acc.stack.delete(g.el);
    return;
  }
  if (el.local !== 'attribute' || attr(el, 'use') === 'prohibited') return;
  const f = b.attributeField(el, acc.owner, rec, acc.path);
  if (f) acc.fields.push(f);
}
