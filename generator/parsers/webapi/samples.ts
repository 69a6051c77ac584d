import type { Line } from './lines.js';
import { parseJsonLenient, type JsonValue } from './json.js';
import { parseXmlLenient, type XmlElement } from './xml.js';

/**
 * "Request Formats" / "Response Formats" sections (docs/formats/webapi.md §Samples):
 * a media-type header (equal samples merged: `application/json, text/json`), an optional
 * `Sample:` caption, then the sample text or `Sample not available.`.
 */

export interface SampleBlock {
  readonly mediaTypes: readonly string[];
  /** Sample text as printed, null for "Sample not available." or an empty sample. */
  readonly text: string | null;
  readonly offset: number;
}

const MEDIA = /^[\w.+-]+\/[\w.+*-]+(?:\s*,\s*[\w.+-]+\/[\w.+*-]+)*$/;
const NOT_AVAILABLE = /^Sample not available\.?$/i;

/** True for a sample header line such as `application/json, text/json`. */
export const isMediaHeader = (line: Line): boolean => !line.pre && MEDIA.test(line.text);

/** Splits a formats section into sample blocks. `source` is the whole file (to keep sample text verbatim). */
export function parseSampleBlocks(lines: readonly Line[], source: string): SampleBlock[] {
  const blocks: SampleBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isMediaHeader(lines[i])) {
      i++;
      continue;
    }
    const head = lines[i++];
    const body: Line[] = [];
    while (i < lines.length && !isMediaHeader(lines[i])) body.push(lines[i++]);
    const content = body.filter((l, n) => !(n === 0 && /^Sample:?$/i.test(l.text) && !l.pre));
    const text = content.length && !NOT_AVAILABLE.test(content[0].text) ? sampleText(content, source) : null;
    blocks.push({
      mediaTypes: head.text.split(/\s*,\s*/).filter(Boolean),
      text,
      offset: content[0]?.offset ?? head.offset,
    });
  }
  return blocks;
}

function sampleText(lines: readonly Line[], source: string): string {
  if (lines.some((l) => l.pre)) return lines.map((l) => l.text).join('\n');
  const first = lines[0];
  const last = lines[lines.length - 1];
  const slice = source.slice(first.offset, last.offset + last.text.length);
  return slice.includes(first.text) ? slice.replace(/\r\n?/g, '\n') : lines.map((l) => l.text).join('\n');
}

/** The samples of one direction, parsed. */
export interface ParsedSamples {
  readonly blocks: readonly SampleBlock[];
  readonly json?: { readonly value: JsonValue; readonly truncated: boolean; readonly offset: number };
  readonly xml?: { readonly root: XmlElement; readonly truncated: boolean; readonly offset: number };
}

const isJsonType = (mt: readonly string[]): boolean => mt.some((t) => /json/i.test(t));
const isXmlType = (mt: readonly string[]): boolean => mt.some((t) => /xml/i.test(t));

/** Picks the first JSON and the first XML sample; hal/bson variants describe another shape and are skipped. */
export function parseSamples(blocks: readonly SampleBlock[]): ParsedSamples {
  let json: ParsedSamples['json'];
  let xml: ParsedSamples['xml'];
  const ordered = [...blocks].sort((a, b) => rank(a) - rank(b));
  for (const b of ordered) {
    if (b.text === null || rank(b) === 2) continue;
    const t = b.text.trimStart();
    if (!json && (isJsonType(b.mediaTypes) || /^[[{"]/.test(t)) && !t.startsWith('<')) {
      const p = parseJsonLenient(b.text);
      if (p.value) json = { value: p.value, truncated: p.truncated, offset: b.offset };
    } else if (!xml && (isXmlType(b.mediaTypes) || t.startsWith('<')) && t.startsWith('<')) {
      const p = parseXmlLenient(b.text);
      if (p.root) xml = { root: p.root, truncated: p.truncated, offset: b.offset };
    }
  }
  return { blocks, json, xml };
}

function rank(b: SampleBlock): number {
  const mt = b.mediaTypes.join(',');
  if (/hal\+|bson/i.test(mt)) return 2;
  if (/^(application|text)\/(json|xml)/i.test(mt)) return 0;
  return 1;
}

/** DataContract namespaces start with this (docs/formats/webapi.md §XML). */
export const DATACONTRACT_NS = 'http://schemas.datacontract.org/2004/07/';
const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';

/** docs/formats/webapi.md §XML: DataContractSerializer vs XmlSerializer, read from an XML sample root. */
export function xmlFlavour(root: XmlElement): 'datacontract' | 'xmlserializer' | undefined {
  const a = root.attrs;
  if (root.ns.startsWith(DATACONTRACT_NS) || root.ns === SERIALIZATION_NS || 'xmlns:i' in a) return 'datacontract';
  if ('xmlns:xsi' in a || 'xmlns:xsd' in a) return 'xmlserializer';
  return undefined;
}
