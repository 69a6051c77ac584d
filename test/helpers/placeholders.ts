/**
 * Help-page placeholders (`<evaluation>int</evaluation>`) in tests: which serialized values each
 * placeholder word accepts, and the canonical value svcgen's typed fixtures use for it (the table
 * the generated fixtures document).
 */

const INT = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FLOAT = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN|-0)$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export const ACCEPTS: Record<string, RegExp> = {
  string: /^[\s\S]*$/,
  int: INT,
  short: INT,
  byte: INT,
  long: INT,
  unsignedInt: /^\+?\d+$/,
  unsignedShort: /^\+?\d+$/,
  unsignedByte: /^\+?\d+$/,
  unsignedLong: /^\+?\d+$/,
  decimal: DECIMAL,
  float: FLOAT,
  double: FLOAT,
  boolean: /^(true|false|1|0)$/,
  dateTime: DATETIME,
  date: /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  guid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  base64Binary: /^[A-Za-z0-9+/=\s]*$/,
  hexBinary: /^[0-9a-fA-F]*$/,
  duration: /^-?P/,
  char: /^[\s\S]*$/,
  anyURI: /^[\s\S]*$/,
};

/** Canonical serialized value per placeholder word (what the typed fixtures serialize to). */
export const CANONICAL_TEXT: Record<string, string> = {
  int: '0', short: '0', byte: '0', long: '0', unsignedInt: '0', unsignedShort: '0', unsignedByte: '0', unsignedLong: '0',
  decimal: '0', float: '0', double: '0', boolean: 'false', dateTime: '2000-01-01T00:00:00', date: '2000-01-01',
  time: '00:00:00', guid: '00000000-0000-0000-0000-000000000000', base64Binary: '', hexBinary: '', duration: 'PT0S', char: 'A',
};

/** Does serialized value `actual` fit the placeholder `word` (or equal it, for literal text)? */
export function fitsPlaceholder(word: string, actual: string): boolean {
  const w = word.trim();
  if (w.includes(' or ')) return w.split(' or ').includes(actual.trim());
  const re = ACCEPTS[w];
  return re ? re.test(actual.trim()) : w === actual.trim();
}

/** Replaces placeholder leaf texts of a sample by their canonical values (enums: the first value). */
export function substitutePlaceholders(xml: string): string {
  return xml.replace(/>([^<>]+)</g, (m, text: string) => {
    const w = text.trim();
    if (w.includes(' or ') && /^[\w.-]+( or [\w.-]+)+$/.test(w)) return `>${w.split(' or ')[0]}<`;
    return w in CANONICAL_TEXT ? `>${CANONICAL_TEXT[w]}<` : m;
  });
}
