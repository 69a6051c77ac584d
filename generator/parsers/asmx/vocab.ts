/**
 * The ASMX placeholder vocabulary (docs/formats/asmx.md §Placeholders): the word a help page prints in
 * place of a value is the XSD type's local name, `A or B` for an enumeration, `xml` for
 * `<s:any/>`, `schema`/`xml` for a DataSet, `q1:QName` for `xs:QName`.
 */
import type { PrimitiveName, TypeRef } from '../../ir/types.js';

const PRIMITIVES: readonly PrimitiveName[] = [
  'string', 'normalizedString', 'token', 'guid', 'char', 'anyURI', 'QName', 'boolean', 'int', 'short',
  'byte', 'unsignedShort', 'unsignedByte', 'unsignedInt', 'float', 'double', 'long', 'unsignedLong',
  'integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'decimal',
  'dateTime', 'date', 'time', 'duration', 'base64Binary', 'hexBinary', 'anyType',
];

/** Other XSD built-ins the generator may print; read as their closest primitive. */
const OTHER: Readonly<Record<string, PrimitiveName>> = {
  gYear: 'string', gYearMonth: 'string', gMonth: 'string', gMonthDay: 'string', gDay: 'string',
  language: 'token', Name: 'token', NCName: 'token', NMTOKEN: 'token', ID: 'token', IDREF: 'token',
  ENTITY: 'token', NMTOKENS: 'token', IDREFS: 'token', ENTITIES: 'token', NOTATION: 'QName',
  /** Anonymous simple type (docs/formats/asmx.md §Placeholders). */
  bytes: 'string',
  /** `xsi:type="type"` placeholder of an explicit anyType (docs/formats/asmx.md §Placeholders). */
  type: 'anyType',
};

export type WordMeaning =
  | { readonly kind: 'type'; readonly type: TypeRef; readonly guessed?: false }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'unknown'; readonly word: string };

/** Reads a placeholder. */
export function readPlaceholder(raw: string): WordMeaning {
  const word = raw.trim().replace(/\s+/g, ' ');
  if (/ or /.test(word)) {
    const values = word.split(' or ').map((v) => v.trim()).filter((v) => v !== '');
    if (values.length >= 2 && values.every((v) => !/\s/.test(v))) return { kind: 'enum', values };
  }
  if (/^(?:\w+:)?QName$/.test(word)) return prim('QName');
  if (word === 'xml' || word === 'dataset' || word === 'schema') return { kind: 'type', type: { kind: 'xml' } };
  if ((PRIMITIVES as readonly string[]).includes(word)) return prim(word as PrimitiveName);
  if (OTHER[word]) return prim(OTHER[word]);
  return { kind: 'unknown', word };
}

function prim(name: PrimitiveName): WordMeaning {
  return { kind: 'type', type: { kind: 'primitive', name } };
}

/** ASMX optionality rule (CONTEXT): reference types are optional, value types required. */
export function isReferenceType(t: TypeRef, complex: boolean): boolean {
  if (t.kind !== 'primitive') return t.kind === 'xml' || t.kind === 'map' || complex;
  return ['string', 'normalizedString', 'token', 'anyURI', 'QName', 'base64Binary', 'hexBinary', 'anyType'].includes(t.name);
}
