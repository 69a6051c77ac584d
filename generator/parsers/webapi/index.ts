import { Codes, Diagnostics } from '../../diagnostics.js';
import type { Endpoint, Operation, Service } from '../../ir/types.js';
import { LineIndex } from '../../util/source.js';
import type { Parser, SpecFile } from '../types.js';
import { METHOD_LINE, parseApiPage } from './api.js';
import type { Ctx } from './context.js';
import { looksLikeHtml } from '../../util/html.js';
import { htmlToPage } from './html.js';
import { enumWireForms, inferMissingModels } from './infer.js';
import { textToPage, type Line, type PageText } from './lines.js';
import { parseIndexPage } from './listing.js';
import { parseModelPage } from './resource-model.js';
import { splitSections, type Section } from './sections.js';
import { isEnumHeader, isIndexHeader, paramHeaderPrefix } from './table.js';

/**
 * ASP.NET Web API HelpPage parser (docs/formats/webapi.md): API pages, the `/Help`
 * index, and ResourceModel pages, as raw HTML or browser-copied text in any of the flattened
 * variants. One page → one single-source Service; several pages of one API are merged later,
 * so ids are stable across pages (a model's id is its model name).
 */

/** Cheap recognition for the sniffer: which kind of Web API help page the text is, if any. */
export function detectWebApiHelp(text: string): 'api' | 'index' | 'model' | null {
  const head = text.slice(0, 30000);
  const apiHeadings = /(Request Information|URI Parameters|Body Parameters|Resource Description|Response Formats?)\b/;
  const methodLine = /^\s*(?:<h1>\s*)?(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+[^\s<]+\s*(?:<\/h1>)?\s*$/m;
  if (methodLine.test(head) && apiHeadings.test(head)) return 'api';
  if (/(^|\n)\s*\|?\s*API\s*\|?\s*Description\s*\|?\s*(\n|$)|class="api-name"/.test(head)) return 'index';
  if (/enumeration values|NameValueDescription|\/Help\/ResourceModel|ResourceModel[?@]modelName=/i.test(head)) return 'model';
  if (/Name\s*\|?\s*Description\s*\|?\s*Type\s*\|?\s*Additional information/.test(head)) return 'model';
  return null;
}

/** Reads one Web API help page. Throws SpecError only for input that is not such a page at all. */
export const parseWebApiHelp: Parser = (spec: SpecFile, options) => {
  const diags = new Diagnostics();
  const fileLoc = { file: spec.file, line: 1, column: 1 };
  if (!spec.text.trim()) diags.fail(Codes.EMPTY, 'the file is empty', fileLoc);
  if (/\u0000/.test(spec.text.slice(0, 4096))) diags.fail(Codes.BINARY, 'the file is not text', fileLoc);
  const page: PageText = looksLikeHtml(spec.text) ? htmlToPage(spec.text) : textToPage(spec.text);
  const ctx: Ctx = {
    file: spec.file,
    idx: new LineIndex(spec.file, spec.text),
    diags,
    types: new Map(),
    referenced: new Map(),
    samplesAt: new Map(),
  };
  const sections = splitSections(page.lines);
  const operations = readOperations(ctx, spec.text, page, sections);
  inferMissingModels(ctx);
  enumWireForms(ctx);
  if (operations.length === 0 && ctx.types.size === 0) {
    diags.fail(Codes.UNKNOWN_FORMAT, 'not a Web API help page: no API heading, operation list or model table found', fileLoc);
  }
  return {
    kind: 'service',
    name: options.serviceName ?? serviceNameFromUrl(page.url),
    endpoints: endpoints(page.url),
    operations,
    types: [...ctx.types.values()],
    sources: [{ file: spec.file, format: 'webapi-help' }],
    diagnostics: diags.list,
  } satisfies Service;
};

function readOperations(ctx: Ctx, source: string, page: PageText, sections: readonly Section[]): Operation[] {
  const pre = sections[0].lines;
  const methodIndex = pre.findIndex((l) => !l.pre && METHOD_LINE.test(l.text));
  const hasApiSections = sections.some((s) => ['request', 'uri', 'body', 'resource', 'reqFormats', 'respFormats'].includes(s.kind));
  const allLines = page.lines;
  const indexHeader = allLines.some((l) => isIndexHeader(l.text));
  const methodLines = allLines.filter((l) => METHOD_LINE.test(l.text.replace(/\s*\|\s*$/, '').replace(/^\|\s*/, '')));
  if (methodIndex >= 0 && (hasApiSections || (!indexHeader && methodLines.length <= 1))) {
    return [parseApiPage({ ctx, source, sections, methodLine: pre[methodIndex], methodIndex, truncatedAt: page.truncatedAt })];
  }
  if (indexHeader || methodLines.length >= 2) return parseIndexPage(ctx, allLines, page.truncatedAt);
  const isModel =
    sections.some((s) => s.kind === 'enum') ||
    allLines.some((l) => isEnumHeader(l.text) || paramHeaderPrefix(l.text) !== null);
  if (isModel) parseModelPage(ctx, page, sections);
  return [];
}

/** Service name from the page address: the first host label that is not a generic word. */
function serviceNameFromUrl(url: string | undefined): string {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  const label = host?.split('.').find((l) => !/^(www|api|webapi|sandbox|qaapi|swagger|help|s\d+|aibapp\d+)$/i.test(l));
  return label ? label.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()).replace(/^./, (c) => c.toUpperCase()) : 'WebApi';
}

/**
 * The REST endpoint from the page address: the part before `/Help` (or a static export's
 * `/Api/`), with a cookieless session segment `/(S(…))` removed (docs/formats/webapi.md §Page address).
 */
function endpoints(url: string | undefined): Endpoint[] {
  const m = url ? /^(https?):\/\/([^/?#]+)(\/[^?#]*)?/i.exec(url) : null;
  if (!m) return [];
  const full = (m[3] ?? '/').replace(/\/\(S\([^)]*\)\)/gi, '');
  const cut = full.search(/\/help(\/|$)/i);
  const alt = full.search(/\/api\/(GET|POST|PUT|DELETE|PATCH)-/i);
  const base = (cut >= 0 ? full.slice(0, cut) : alt >= 0 ? full.slice(0, alt) : '').replace(/\/$/, '');
  return [{ protocol: 'rest', host: m[2], path: base || '/', url: `${m[1]}://${m[2]}${base}` }];
}

export type { Line };
