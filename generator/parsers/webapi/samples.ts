import type { SampleTree } from '../../ir/types.js';
import { xmlSampleTree } from '../../util/sample-tree.js';
import { attrValue } from '../../util/tolerant-xml.js';
import type { Line } from './lines.js';
import { parseJsonLenient, type JsonParse, type JsonValue } from './json.js';
import { parseXmlLenient, type XmlElement, type XmlParse } from './xml.js';
import { DATACONTRACT_NS, MS_SERIALIZATION_NS } from '../../util/namespaces.js';

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
  /** The text read once: as JSON when it looks like JSON, as XML when it starts with `<`. */
  readonly read?: { readonly kind: 'json'; readonly parse: JsonParse } | { readonly kind: 'xml'; readonly parse: XmlParse };
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
    const mediaTypes = head.text.split(/\s*,\s*/).filter(Boolean);
    blocks.push({ mediaTypes, text, offset: content[0]?.offset ?? head.offset, ...(text !== null ? { read: readSample(text, mediaTypes) } : {}) });
  }
  return blocks;
}

function readSample(text: string, mediaTypes: readonly string[]): SampleBlock['read'] {
  const t = text.trimStart();
  if (t.startsWith('<')) return { kind: 'xml', parse: parseXmlLenient(text) };
  if (isJsonType(mediaTypes) || /^[[{"]/.test(t)) return { kind: 'json', parse: parseJsonLenient(text) };
  return undefined;
}

/** The IR form of a block's sample, when it was read as JSON or XML. */
export function blockTree(b: SampleBlock): SampleTree | undefined {
  if (b.read?.kind === 'json') return b.read.parse.value ? { kind: 'json', value: b.read.parse.value, complete: !b.read.parse.truncated } : undefined;
  if (b.read?.kind === 'xml') return xmlSampleTree(b.read.parse.read);
  return undefined;
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
      const p = b.read?.kind === 'json' ? b.read.parse : undefined;
      if (p?.value) json = { value: p.value, truncated: p.truncated, offset: b.offset };
    } else if (!xml && (isXmlType(b.mediaTypes) || t.startsWith('<')) && t.startsWith('<')) {
      const p = b.read?.kind === 'xml' ? b.read.parse : undefined;
      if (p?.root) xml = { root: p.root, truncated: p.truncated, offset: b.offset };
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

/** docs/formats/webapi.md §XML: DataContractSerializer vs XmlSerializer, read from an XML sample root. */
export function xmlFlavour(root: XmlElement): 'datacontract' | 'xmlserializer' | undefined {
  const has = (name: string): boolean => attrValue(root, name) !== undefined;
  if (root.ns.startsWith(DATACONTRACT_NS) || root.ns === MS_SERIALIZATION_NS || has('xmlns:i')) return 'datacontract';
  if (has('xmlns:xsi') || has('xmlns:xsd')) return 'xmlserializer';
  return undefined;
}
