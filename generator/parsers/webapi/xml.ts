/**
 * XML samples of Web API help pages (docs/formats/webapi.md §XML), read with the shared tolerant
 * reader (generator/util/tolerant-xml.ts): a cut-off sample keeps what was read and says so.
 */
import { readTolerantXml, type XmlElement, type XmlReadResult } from '../../util/tolerant-xml.js';

export { xmlChild, type XmlElement } from '../../util/tolerant-xml.js';

export interface XmlParse {
  readonly root: XmlElement | null;
  /** The sample stops before its document element is complete. */
  readonly truncated: boolean;
  /** The reader's full result (problems, unclosed elements). */
  readonly read: XmlReadResult;
}

/** Reads an XML sample; `root` is null when the text has no element at all. */
export function parseXmlLenient(text: string): XmlParse {
  const r = readTolerantXml(text);
  return { root: r.root, truncated: !r.complete, read: r };
}
