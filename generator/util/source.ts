import type { SourceLoc } from '../ir/types.js';

/**
 * Maps character offsets of one spec file to 1-based line/column positions.
 * Built once per file; lookups are a binary search over line starts.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The location of `offset` (clamped to the text), with an optional service path. */
  loc(offset: number, path?: string): SourceLoc {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    const loc: SourceLoc = { file: this.file, line: lo + 1, column: off - this.starts[lo] + 1 };
    return path === undefined ? loc : { ...loc, path };
  }
}

/** Joins service path segments the way diagnostics print them. */
export function joinPath(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(' › ');
}
