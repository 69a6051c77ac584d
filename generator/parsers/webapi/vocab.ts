import type { Facets, PrimitiveName } from '../../ir/types.js';

/**
 * The Web API help-page vocabulary: type words (docs/formats/webapi.md §Type words) and the
 * "Additional information" annotation texts (docs/formats/webapi.md §Additional information).
 */

/** docs/formats/webapi.md §Type words: CLR type words printed in the Type column, mapped onto XSD primitive names. */
export const TYPE_WORDS: Readonly<Record<string, PrimitiveName>> = {
  integer: 'int',
  'unsigned integer': 'unsignedInt',
  byte: 'unsignedByte',
  'signed byte': 'byte',
  character: 'char',
  'decimal number': 'decimal',
  string: 'string',
  'globally unique identifier': 'guid',
  'time interval': 'duration',
  date: 'dateTime',
  boolean: 'boolean',
  URI: 'anyURI',
  Object: 'anyType',
};

/** Parsed type text of a Type cell or a body/resource description. */
export type TypeText =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'model'; readonly name: string }
  | { readonly kind: 'collection'; readonly item: TypeText }
  | { readonly kind: 'dictionary'; readonly key: TypeText; readonly value: TypeText }
  | { readonly kind: 'pair'; readonly key: TypeText; readonly value: TypeText }
  | { readonly kind: 'unknown'; readonly text: string };

/** A model name as printed in a link: a CLR-ish identifier, possibly dotted (`Pxc.AM.X`). */
const MODEL_NAME = /^[A-Za-z_][\w`]*(?:\.[A-Za-z_][\w`]*)*$/;

/** Parses a type text (docs/formats/webapi.md §Type words). Never throws; unrecognised text is `unknown`. */
export function parseTypeText(raw: string): TypeText {
  const t = raw.replace(/\s+/g, ' ').trim();
  const word = TYPE_WORDS[t];
  if (word) return { kind: 'primitive', name: word };
  const coll = /^Collection of (.+)$/.exec(t);
  if (coll) return { kind: 'collection', item: parseTypeText(coll[1]) };
  const dict = /^(Dictionary|Pair) of (.+?) \[key\] and (.+?) \[value\]$/.exec(t);
  if (dict) {
    const key = parseTypeText(dict[2]);
    const value = parseTypeText(dict[3]);
    return dict[1] === 'Pair' ? { kind: 'pair', key, value } : { kind: 'dictionary', key, value };
  }
  if (MODEL_NAME.test(t) && !/^(None|Sample)$/.test(t)) return { kind: 'model', name: t };
  return { kind: 'unknown', text: t };
}

/** True when the text is a recognisable type text (a vocabulary word, a collection/dictionary, or a model name). */
export function isTypeText(raw: string): boolean {
  return parseTypeText(raw).kind !== 'unknown';
}

/** True for vocabulary words and structured type texts, i.e. not a bare model name. */
export function isKnownTypeText(raw: string): boolean {
  const k = parseTypeText(raw).kind;
  return k !== 'unknown' && k !== 'model';
}

/** The facts read from one "Additional information" cell. */
export interface Annotations {
  readonly required: boolean;
  readonly facets: Facets;
  readonly defaultValue?: string;
}

const STARTS = [
  'Required',
  'None.',
  'Data type:',
  'Default value is',
  'Matching regular expression pattern:',
  'Max length:',
  'Min length:',
  'Range:',
  'String length:',
];
const SPLIT = new RegExp(
  `(?:^|\\s+)(?=${STARTS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
);

/**
 * Parses an "Additional information" cell (docs/formats/webapi.md §Additional information) such as `Required Max length: 10` or
 * `Required\nString length: inclusive between 0 and 100`. Returns null when the cell is not made
 * only of known annotations (then it is a description, e.g. `Required: The PK of …`).
 */
export function parseAnnotations(cell: string): Annotations | null {
  const t = cell.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const parts = t.split(SPLIT).filter((p) => p.trim() !== '');
  if (parts.length === 0) return null;
  let required = false;
  let defaultValue: string | undefined;
  const facets: { -readonly [K in keyof Facets]: Facets[K] } = {};
  for (const p of parts.map((x) => x.trim())) {
    let m: RegExpExecArray | null;
    if (p === 'Required') required = true;
    else if (p === 'None.') continue;
    else if ((m = /^Max length: ?(\d+)$/.exec(p))) facets.maxLength = Number(m[1]);
    else if ((m = /^Min length: ?(\d+)$/.exec(p))) facets.minLength = Number(m[1]);
    else if ((m = /^String length: ?inclusive between (\S+) and (\S+)$/.exec(p))) {
      const min = Number(m[1]);
      if (Number.isFinite(min) && min > 0) facets.minLength = min;
      if (Number.isFinite(Number(m[2]))) facets.maxLength = Number(m[2]);
    } else if ((m = /^Range: ?inclusive between (\S+) and (\S+)$/.exec(p))) {
      facets.minInclusive = m[1];
      facets.maxInclusive = m[2];
    } else if ((m = /^Data type: ?(.+)$/.exec(p))) facets.dataType = m[1];
    else if ((m = /^Matching regular expression pattern: ?(.+)$/.exec(p))) facets.pattern = m[1];
    else if ((m = /^Default value is (.*)$/.exec(p))) defaultValue = m[1];
    else return null;
  }
  return defaultValue === undefined ? { required, facets } : { required, facets, defaultValue };
}
