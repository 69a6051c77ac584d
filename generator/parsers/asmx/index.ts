/**
 * ASMX help-page parser (docs/formats/asmx.md): reads one DefaultWsdlHelpGenerator page
 * (Microsoft .NET 1.x/2.0+, localised, Mono) — raw HTML or browser-copied text, possibly pasted
 * into code, whitespace-collapsed or cut short — into a single-source `Service`.
 *
 * Structure, not prose, drives the parse: HTTP request/status lines, headers, SOAP envelope
 * namespaces, placeholder words. Operation-list pages give listing-only operation stubs
 * (see list.ts). Look-alike pages (ServiceStack, PHP clones) are refused with `SVC140`.
 */
import type { Service, SpecFormat } from '../../ir/types.js';
import { Codes, Diagnostics } from '../../diagnostics.js';
import { LineIndex } from '../../util/source.js';
import type { Parser, SpecFile, ParseOptions } from '../types.js';
import { findBlocks, findHeadings, header, type HttpBlock } from './blocks.js';
import { describeLookalike, detectAsmxHelp, isLookalike } from './detect.js';
import { readHtmlList, readTextList, stubOperation, type OperationList } from './list.js';
import { buildOperation, bodyRoot, endpointsOf, groupBlocks, type PageContext } from './operation.js';
import { truncationWarnings } from './truncation.js';
import { readPreamble } from './preamble.js';
import { resolveEncoded } from './encoded.js';
import { TypeBuilder } from './shapes.js';
import { looksLikeHtml } from '../../util/html.js';
import { cutAtMarker, htmlToText, identity, origin, stripCodeWrapping, unescapeSamples } from './text.js';

export { detectAsmxHelp } from './detect.js';
export { isListedOnly } from './list.js';

/** Parses one ASMX help page (operation page or operation list). Throws only `SpecError`. */
export const parseAsmxHelp: Parser = (spec: SpecFile, options: ParseOptions): Service => {
  const diags = new Diagnostics();
  const lines = new LineIndex(spec.file, spec.text);
  if (spec.text.trim() === '') diags.fail(Codes.EMPTY, 'the file is empty: expected an ASMX help page', lines.loc(0));
  if (isLookalike(spec.text)) {
    diags.fail(Codes.LOOKALIKE, `this is not an ASMX help page but ${describeLookalike(spec.text)}`, lines.loc(0));
  }
  const format: SpecFormat = detectAsmxHelp(spec.text) === 'mono' ? 'asmx-mono-help' : 'asmx-help';
  const html = looksLikeHtml(spec.text);
  const cleaned = stripCodeWrapping(html ? htmlToText(identity(spec.text)) : unescapeSamples(identity(spec.text)));
  const { text: page, marked } = cutAtMarker(cleaned);
  const text = page.text;
  const ctx: PageContext = {
    text,
    diags,
    types: new TypeBuilder({ diags, loc: (o, p) => lines.loc(origin(page, o), p) }),
    loc: (o, p) => lines.loc(origin(page, o), p),
    line: (o) => lines.loc(origin(page, o)).line,
  };
  const found = findBlocks(text);
  malformedWarnings(found, ctx);
  const blocks = serviceBlocks(found, ctx).map((b) => (b.xml ? { ...b, xml: resolveEncoded(b.xml, b.kind, (m, o, p) => diags.warn(Codes.MISSING, m, ctx.loc(o, p))) } : b));
  const headings = findHeadings(text);
  const firstBlock = blocks.length ? blocks[0].headStart : text.length;
  const pre = readPreamble(text.slice(0, Math.min(firstBlock, headings[0]?.offset ?? firstBlock)));
  const groups = groupBlocks(blocks, headings, pre.operationName);
  if (groups.length === 0) return listPage(spec, options, diags, lines, html ? readHtmlList(spec.text) : readTextList(page), format, marked);

  for (const b of blocks) if (b.xml?.root) ctx.types.index(b.xml.root);
  const operations = groups.map((g) => buildOperation(g, ctx, pre.descriptionOf(g.name)));
  const endpoints = endpointsOf(groups, ctx);
  if (endpoints.length > 0 && endpoints.every((e) => !e.host)) {
    diags.warn(Codes.MISSING, 'the samples give no usable Host line; the client needs a base URL at run time', endpoints[0].loc);
  }
  truncationWarnings(groups, headings, ctx, marked);
  const namespace = operations.map((o) => o.input.namespace).find((n) => n) ?? firstResponseNs(blocks);
  const fromPath = endpoints.map((e) => /([^/]+)\.asmx$/i.exec(e.path ?? '')?.[1]).find((n) => n);
  const name = options.serviceName ?? pre.serviceName ?? fromPath ?? pre.urlServiceName ?? 'Service';
  return {
    kind: 'service',
    name,
    ...(namespace ? { namespace } : {}),
    endpoints,
    operations,
    types: ctx.types.types,
    sources: [{ file: spec.file, format }],
    diagnostics: diags.list,
  };
};

/** Sample XML that is not well-formed is reported where it breaks, never silently repaired. */
function malformedWarnings(blocks: readonly HttpBlock[], ctx: PageContext): void {
  for (const b of blocks) {
    // The first break only: what follows it is read out of step and would repeat it.
    for (const e of (b.xml?.problems ?? []).filter((p) => p.found !== undefined).slice(0, 1)) {
      const want = e.expected ? `expected </${e.expected.qname}> (opened at line ${ctx.line(e.expected.offset)})` : 'expected no end tag (no element is open)';
      ctx.diags.warn(Codes.MALFORMED_XML, `malformed sample XML: ${want}, found </${e.found}>; the structure read from this sample may be wrong (correct the sample or give the WSDL)`, ctx.loc(e.offset));
    }
  }
}

/**
 * The service's own samples: requests addressed to the service (the Host and `.asmx` path of the
 * page's first ASMX request; HTTP GET/POST paths below it) with their responses. Other messages
 * of a mixed document (another host's REST example, a second service) are left out with a warning
 * naming them.
 */
function serviceBlocks(blocks: readonly HttpBlock[], ctx: PageContext): HttpBlock[] {
  const requests = blocks.filter((b) => b.kind === 'request');
  const anchor = requests.find((b) => /\.asmx(?:\/|$)/i.test(b.path ?? '')) ?? requests[0];
  if (!anchor) return [...blocks];
  const hostOf = (b: HttpBlock): string | undefined => {
    const h = header(b, 'Host')?.value.toLowerCase();
    return h && h !== 'string' && !/\s/.test(h) ? h : undefined;
  };
  const servicePath = (p: string): string => (/^(.*?\.asmx)(?:\/|$)/i.exec(p)?.[1] ?? p).toLowerCase();
  const host = hostOf(anchor);
  const path = servicePath(anchor.path ?? '');
  const related = (b: HttpBlock): boolean => {
    const h = hostOf(b);
    if (host && h && h !== host) return false;
    const p = (b.path ?? '').toLowerCase();
    return p === path || servicePath(p) === path || p.startsWith(path + '/');
  };
  const out: HttpBlock[] = [];
  let dropping = false;
  for (const b of blocks) {
    if (b.kind === 'request') {
      dropping = !related(b);
      if (dropping) {
        const h = hostOf(b);
        ctx.diags.warn(
          Codes.MISSING,
          `the message ${b.method} ${b.path}${h ? ` (Host ${h})` : ''} is not addressed to the service (${host ?? ''}${anchor.path}); it is left out`,
          ctx.loc(b.headStart),
        );
      }
    }
    if (!dropping) out.push(b);
  }
  return out;
}

function firstResponseNs(blocks: ReturnType<typeof findBlocks>): string | undefined {
  for (const b of blocks) {
    const ns = bodyRoot(b.xml?.root ?? null)?.ns;
    if (ns) return ns;
  }
  return undefined;
}

function listPage(
  spec: SpecFile,
  options: ParseOptions,
  diags: Diagnostics,
  lines: LineIndex,
  list: OperationList | null,
  format: SpecFormat,
  marked: boolean,
): Service {
  if (!list) {
    if (marked) diags.fail(Codes.TRUNCATED, 'the page is cut short before its first sample message; nothing to read (give the full page or the WSDL)', lines.loc(spec.text.length));
    return diags.fail(Codes.MISSING, 'no ASMX sample message (POST … HTTP/1.1 with a SOAP envelope) and no operation list found on the page', lines.loc(0));
  }
  const operations = list.operations.map((o) => stubOperation(o, lines.loc(o.offset, `operation ${o.messageName ?? o.name}`)));
  diags.warn(
    Codes.MISSING,
    `the page lists ${operations.length} operation(s) without their messages (an operation-list page); give each operation's page (Service.asmx?op=Name) or the WSDL (Service.asmx?WSDL) for their parameters`,
    lines.loc(list.operations[0].offset),
  );
  if (marked || /\[\.\.\.[^\]]*omitted[^\]]*\]/.test(spec.text)) {
    diags.warn(Codes.TRUNCATED, 'the operation list is cut short; more operations may exist (read the WSDL)', lines.loc(spec.text.length));
  }
  return {
    kind: 'service',
    name: options.serviceName ?? list.serviceName ?? 'Service',
    ...(list.description ? { description: list.description } : {}),
    endpoints: [],
    operations,
    types: [],
    sources: [{ file: spec.file, format }],
    diagnostics: diags.list,
  };
}
