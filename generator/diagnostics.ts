import type { Diagnostic, SourceLoc } from './ir/types.js';

/**
 * Diagnostics are data (see README "Errors"): parsers collect warnings in a `Diagnostics` sink and
 * throw `SpecError` only for input they cannot read at all. The CLI prints both as
 * `file:line:column: severity CODE: message`.
 */

/** Stable diagnostic codes. Keep the README's "Errors" table in sync. */
export const Codes = {
  /** The file is empty. */
  EMPTY: 'SVC100',
  /** The file is binary / not text. */
  BINARY: 'SVC101',
  /** No known format matched. */
  UNKNOWN_FORMAT: 'SVC102',
  /** XML that is not well-formed. */
  MALFORMED_XML: 'SVC103',
  /** The input is larger than --max-input-bytes. */
  TOO_LARGE: 'SVC104',
  /** A page cut short: what is missing is named. */
  TRUNCATED: 'SVC110',
  /** A placeholder/type word that is not in the vocabulary; typed as string. */
  UNKNOWN_TYPE_WORD: 'SVC111',
  /** A type was inferred from a sample value rather than declared. */
  INFERRED_TYPE: 'SVC112',
  /** A construct recognised but not supported. */
  UNSUPPORTED: 'SVC120',
  /** Two sources disagree. */
  DISAGREEMENT: 'SVC130',
  /** Two operations with the same name. */
  DUPLICATE_OPERATION: 'SVC131',
  /** A page that imitates a supported format but is not one (e.g. ServiceStack). */
  LOOKALIKE: 'SVC140',
  /** A convention filled in a missing fact (SOAPAction, endpoint). */
  CONVENTION: 'SVC150',
  /** Something is missing from the spec (no host, no samples...). */
  MISSING: 'SVC151',
  /** An import outside the spec's folder (absolute, `file:`, remote) refused by the import policy. */
  IMPORT_REFUSED: 'SVC152',
  /** Configuration / usage problems. */
  CONFIG: 'SVC200',
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];

/** Thrown for a spec that cannot be read at all. */
export class SpecError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'SpecError';
  }
}

/** Collects diagnostics while a spec is read. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  warn(code: Code, message: string, loc?: SourceLoc, related?: SourceLoc): void {
    this.list.push(clean({ severity: 'warning', code, message, loc, related }));
  }

  error(code: Code, message: string, loc?: SourceLoc, related?: SourceLoc): void {
    this.list.push(clean({ severity: 'error', code, message, loc, related }));
  }

  /** Throws a SpecError right away. */
  fail(code: Code, message: string, loc?: SourceLoc): never {
    throw new SpecError(clean({ severity: 'error', code, message, loc }));
  }
}

function clean(d: Diagnostic): Diagnostic {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined) out[k] = v;
  return out as unknown as Diagnostic;
}

/** `file:line:column: severity CODE: message (path)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}: ` : '';
  const path = d.loc?.path ? ` [${d.loc.path}]` : '';
  const related = d.related ? ` (see also ${d.related.file}:${d.related.line}:${d.related.column})` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${path}${related}`;
}
