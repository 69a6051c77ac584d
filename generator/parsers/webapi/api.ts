import { Codes } from '../../diagnostics.js';
import type { Field, Message, RestBinding, RestOperation, Sample, TypeRef } from '../../ir/types.js';
import { joinPath } from '../../util/source.js';
import { locAt, resolveTypeCell, type Ctx } from './context.js';
import type { Line } from './lines.js';
import { checkPageEnd } from './completeness.js';
import { clean, declareModel, recordSample } from './model.js';
import { restOperationName } from './naming.js';
import { blockTree, parseSampleBlocks, parseSamples, xmlFlavour, type ParsedSamples } from './samples.js';
import { DATACONTRACT_NS } from '../../util/namespaces.js';
import { readModelSection, type ModelSection, type Section } from './sections.js';
import { paramHeaderPrefix, parseParamRows, type ParamRow } from './table.js';
import { parseTypeText } from './vocab.js';
import type { XmlElement } from './xml.js';

/**
 * One Web API page (docs/formats/webapi.md §API pages): `METHOD path` heading, URI Parameters,
 * Body Parameters, Request Formats, Resource Description, Response Formats (and the customised
 * "Response Codes") → one REST Operation plus the models its tables describe.
 */

/** `GET api/x/{id}?a={a}` (h1 / first line of a copied page). */
export const METHOD_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|MERGE|TRACE)\s+(\S+)$/;

/** Response types that carry no model (docs/formats/webapi.md §Body Parameters: IHttpActionResult / HttpResponseMessage render as a name + None.). */
const OPAQUE = new Set(['IHttpActionResult', 'HttpResponseMessage', 'IActionResult', 'ActionResult', 'Task', 'JToken', 'JObject', 'Stream']);

export interface PageInput {
  readonly ctx: Ctx;
  readonly source: string;
  readonly sections: readonly Section[];
  readonly methodLine: Line;
  readonly methodIndex: number;
  readonly truncatedAt?: number;
}

/** Builds the operation of an API page. */
export function parseApiPage(input: PageInput): RestOperation {
  const { ctx, sections, methodLine } = input;
  const m = METHOD_LINE.exec(methodLine.text) as RegExpExecArray;
  const method = m[1];
  const route = m[2];
  const path = route.split('?')[0];
  const name = restOperationName(method, route);
  const opPath = `operation ${name}`;
  const opLoc = locAt(ctx, methodLine.offset, opPath);
  const sec = (k: Section['kind']): Section | undefined => sections.find((s) => s.kind === k);
  const preamble = sections[0].lines.slice(input.methodIndex + 1);
  const description = preamble.map((l) => l.text).join('\n') || undefined;

  const { pathParams, queryParams } = uriParams(ctx, route, sec('uri')?.lines ?? [], joinPath(opPath, 'uri'));
  const reqSamples = parseSamples(parseSampleBlocks(sec('reqFormats')?.lines ?? [], input.source));
  const resSamples = parseSamples(parseSampleBlocks(sec('respFormats')?.lines ?? [], input.source));
  const end = checkPageEnd({ ctx, source: input.source, sections, truncatedAt: input.truncatedAt, opPath });
  warnTruncatedSamples(ctx, reqSamples, opPath, 'request', end.cutSampleAt);
  warnTruncatedSamples(ctx, resSamples, opPath, 'response', end.cutSampleAt);

  const bodySec = sec('body');
  const body = bodySec ? modelRef(ctx, readModelSection(bodySec.lines), reqSamples, name, 'Request', joinPath(opPath, 'body')) : {};
  const resSec = sec('resource');
  const resource = resSec ? readModelSection(resSec.lines) : undefined;
  const response = resource ? modelRef(ctx, resource, resSamples, name, 'Response', joinPath(opPath, 'response')) : {};
  const statuses = [...readStatuses(resource?.doc ?? []), ...readStatuses(sec('codes')?.lines ?? [])];
  const responseDoc = (resource?.doc ?? []).filter((l) => !STATUS.test(l.text) && !/^Returns:?$/i.test(l.text));
  const reqXml = reqSamples.xml?.root;
  const resXml = resSamples.xml?.root;
  const dcNs = [reqXml?.ns, resXml?.ns].find((n) => n?.startsWith(DATACONTRACT_NS));
  const rest: RestBinding = clean({
    method,
    path,
    pathParams,
    queryParams,
    body: body.type,
    bodyArray: body.array || undefined,
    bodyDescription: bodySec ? readModelSection(bodySec.lines).doc.map((l) => l.text).join('\n') || undefined : undefined,
    requestMediaTypes: mediaTypes(reqSamples),
    responseMediaTypes: mediaTypes(resSamples),
    statuses: statuses.length ? statuses : undefined,
    xmlFlavour: (reqXml && xmlFlavour(reqXml)) ?? (resXml && xmlFlavour(resXml)),
    xmlNamespace: dcNs,
    requestXmlRoot: reqXml?.local,
    responseXmlRoot: resXml?.local,
    response: response.type,
    responseArray: response.array || undefined,
    responseDescription: responseDoc.map((l) => l.text).join('\n') || undefined,
  });
  const op: RestOperation = {
    kind: 'operation',
    binding: 'rest',
    name,
    ...(description ? { description } : {}),
    protocols: ['rest'],
    input: message(reqSamples, reqXml),
    output: message(resSamples, resXml),
    rest,
    loc: opLoc,
  };
  return op;
}

function message(samples: ParsedSamples, root: XmlElement | undefined): Message {
  const list: Sample[] = samples.blocks
    .filter((b) => b.text !== null)
    .map((b) => {
      const tree = blockTree(b);
      return { protocol: 'rest', mediaType: b.mediaTypes[0], text: b.text as string, ...(tree ? { tree } : {}) };
    });
  return clean({
    kind: 'message',
    element: root?.local,
    namespace: root ? root.ns : undefined,
    wrapped: false,
    fields: [],
    samples: list.length ? list : undefined,
  });
}

function mediaTypes(s: ParsedSamples): string[] {
  return [...new Set(s.blocks.flatMap((b) => b.mediaTypes))];
}

/** Samples that do not close; the one at `reported` (the page's last, already named by the end check) is skipped. */
function warnTruncatedSamples(ctx: Ctx, s: ParsedSamples, opPath: string, dir: string, reported?: number): void {
  if (s.json?.truncated && s.json.offset !== reported) ctx.diags.warn(Codes.TRUNCATED, `${dir} JSON sample is cut off`, locAt(ctx, s.json.offset, opPath, dir));
  if (s.xml?.truncated && s.xml.offset !== reported) ctx.diags.warn(Codes.TRUNCATED, `${dir} XML sample is cut off`, locAt(ctx, s.xml.offset, opPath, dir));
}

const STATUS = /^(?:[-*•]\s*)?([1-5]\d\d)\b[\s:.\-–]*(.*)$/;

function readStatuses(lines: readonly Line[]): { code: number; description: string }[] {
  return lines.flatMap((l) => {
    const m = STATUS.exec(l.text);
    return m ? [{ code: Number(m[1]), description: m[2].trim() }] : [];
  });
}

/** URI Parameters (docs/formats/webapi.md §URI Parameters): the table, plus route `{x}` / query `?k={k}` tokens it does not list. */
function uriParams(ctx: Ctx, route: string, lines: readonly Line[], path: string): { pathParams: Field[]; queryParams: Field[] } {
  const [routePath, query = ''] = route.split(/\?(.*)/s);
  const pathNames = [...routePath.matchAll(/\{\*?([^}:?=]+)[^}]*\}/g)].map((m) => m[1]);
  const queryNames = [...query.matchAll(/(?:^|&)([^=&]+)=\{?[^&]*/g)].map((m) => m[1]);
  const h = lines.findIndex((l) => paramHeaderPrefix(l.text) !== null);
  const rows: ParamRow[] = h >= 0 ? parseParamRows(lines.slice(h + 1)) : [];
  const pathParams: Field[] = [];
  const queryParams: Field[] = [];
  for (const row of rows) {
    const loc = locAt(ctx, row.offset, path, row.name);
    const { type, array } = resolveTypeCell(ctx, row.typeText, loc);
    const f: Field = clean({
      kind: 'field', fieldKind: 'element',
      name: row.name,
      type,
      optional: !(row.annotations?.required ?? false),
      array,
      nillable: false,
      description: row.description,
      facets: row.annotations && Object.keys(row.annotations.facets).length ? row.annotations.facets : undefined,
      defaultValue: row.annotations?.defaultValue,
      loc,
    });
    (pathNames.some((n) => n.toLowerCase() === row.name.toLowerCase()) ? pathParams : queryParams).push(f);
  }
  const listed = new Set(rows.map((r) => r.name.toLowerCase()));
  const loc = locAt(ctx, lines[0]?.offset ?? 0, path);
  const str: TypeRef = { kind: 'primitive', name: 'string' };
  for (const n of pathNames.filter((x) => !listed.has(x.toLowerCase()))) {
    pathParams.push({ kind: 'field', fieldKind: 'element', name: n, type: str, optional: false, array: false, nillable: false, loc });
  }
  for (const n of queryNames.filter((x) => !listed.has(x.toLowerCase()))) {
    queryParams.push({ kind: 'field', fieldKind: 'element', name: n, type: str, optional: true, array: false, nillable: false, loc });
  }
  return { pathParams, queryParams };
}

/** Body / response type of a section: declares the described model, returns the TypeRef. */
function modelRef(
  ctx: Ctx,
  sec: ModelSection,
  samples: ParsedSamples,
  opName: string,
  role: 'Request' | 'Response',
  path: string,
): { type?: TypeRef; array?: boolean } {
  const loc = locAt(ctx, sec.typeOffset ?? sec.doc[0]?.offset ?? 0, path);
  if (!sec.typeText && !sec.rows) return {};
  const tt = sec.typeText ? parseTypeText(sec.typeText) : undefined;
  if (tt?.kind === 'model' && OPAQUE.has(tt.name)) {
    ctx.diags.warn(Codes.MISSING, `${role.toLowerCase()} type ${tt.name} carries no model; typed as anyType`, loc);
    return { type: { kind: 'primitive', name: 'anyType' } };
  }
  const root = samples.xml?.root;
  const isArray = tt?.kind === 'collection';
  const modelName = tt?.kind === 'model' ? tt.name : tt?.kind === 'collection' && tt.item.kind === 'model' ? tt.item.name : undefined;
  const json = samples.json?.value;
  const jsonItem = isArray && json?.t === 'arr' ? json.items[0] : json;
  const xmlItem = isArray ? root?.children[0] : root;
  const ns = xmlItem && xmlItem.ns.startsWith(DATACONTRACT_NS) ? xmlItem.ns : undefined;
  if (sec.rows) {
    let id = modelName;
    if (!id) {
      id = root && !isArray && !/^ArrayOf/.test(root.local) ? root.local : `${opName}${role}`;
      ctx.diags.warn(Codes.MISSING, `${role.toLowerCase()} model name is not shown; named ${id}${root ? ' after the XML sample root' : ''}`, loc);
    }
    if (!modelName || tt?.kind === 'model' || isArray) declareModel(ctx, id, sec.rows, { json: jsonItem, xml: xmlItem }, loc, { namespace: ns });
    if (!tt || tt.kind === 'model') return { type: { kind: 'ref', id }, array: false };
  }
  if (!tt) return {};
  const r = resolveTypeCell(ctx, sec.typeText as string, loc);
  if (r.type.kind === 'ref') recordSample(ctx, r.type.id, json, root, r.array, loc, path);
  return { type: r.type, array: r.array };
}
