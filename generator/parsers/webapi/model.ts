import type { ComplexType, Facets, Field, SourceLoc } from '../../ir/types.js';
import { joinPath } from '../../util/source.js';
import { locAt, resolveTypeCell, type Ctx } from './context.js';
import { jsonGet, type JsonValue } from './json.js';
import type { ParamRow } from './table.js';
import { xmlChild, type XmlElement } from './xml.js';

/**
 * Declared models: a Parameters table (docs/formats/webapi.md §API pages, §Type words) read into a ComplexType,
 * with the page's samples supplying wire names (docs/formats/webapi.md §JSON, §XML).
 */

/** The sample values of one model instance. */
export interface ModelSamples {
  readonly json?: JsonValue;
  readonly xml?: XmlElement;
}

/** Builds the fields of a Parameters table. `path` is the service path of the table's owner. */
export function fieldsFromRows(ctx: Ctx, rows: readonly ParamRow[], samples: ModelSamples, path: string): Field[] {
  return rows.map((row) => fieldFromRow(ctx, row, samples, path));
}

function fieldFromRow(ctx: Ctx, row: ParamRow, samples: ModelSamples, path: string): Field {
  const loc = locAt(ctx, row.offset, path, row.name);
  const { type, array } = resolveTypeCell(ctx, row.typeText, loc);
  const entry = jsonGet(samples.json, row.name);
  const name = entry ? entry[0] : row.name;
  const xmlEl = xmlChild(samples.xml, row.name) ?? xmlChild(samples.xml, name);
  const xmlName = xmlEl ? xmlEl.local : row.name;
  const ann = row.annotations;
  // ASP.NET's RequiredAttribute refuses "" and white space on strings (AllowEmptyStrings = false).
  const notBlank = ann?.required && type.kind === 'primitive' && type.name === 'string' ? { notBlank: true } : {};
  const allFacets = { ...(ann?.facets ?? {}), ...notBlank };
  const facets = Object.keys(allFacets).length ? allFacets : undefined;
  const itemEl = array && xmlEl && xmlEl.children.length ? xmlEl.children[0] : undefined;
  if (type.kind === 'ref') recordSample(ctx, type.id, entry?.[1], array ? itemEl : xmlEl, array, loc, path);
  return clean({
    kind: 'field', fieldKind: 'element',
    name,
    type,
    optional: !(ann?.required ?? false),
    array,
    nillable: false,
    ...(xmlName !== name ? { xmlName } : {}),
    ...(itemEl ? { arrayItem: itemEl.ns ? { name: itemEl.local, namespace: itemEl.ns } : { name: itemEl.local } } : {}),
    description: row.description,
    facets: facets as Facets | undefined,
    defaultValue: ann?.defaultValue,
    loc,
  });
}

/** Remembers the first sample value seen for a referenced model (used if the page lacks the model). */
export function recordSample(
  ctx: Ctx,
  id: string,
  json: JsonValue | undefined,
  xml: XmlElement | undefined,
  array: boolean,
  loc: SourceLoc,
  path: string,
): void {
  if (ctx.samplesAt.has(id) || (!json && !xml)) return;
  const value = array && json?.t === 'arr' ? json.items[0] : json;
  if (!value && !xml) return;
  ctx.samplesAt.set(id, { json: value, xml, loc, path });
}

/** Declares a model from its table (first declaration of an id wins). */
export function declareModel(
  ctx: Ctx,
  id: string,
  rows: readonly ParamRow[],
  samples: ModelSamples,
  loc: SourceLoc,
  extra: { namespace?: string; description?: string } = {},
): void {
  if (ctx.types.has(id)) return;
  const path = joinPath(`type ${id}`);
  const t: ComplexType = clean({
    kind: 'complex',
    id,
    name: id,
    namespace: extra.namespace,
    fields: fieldsFromRows(ctx, rows, samples, path),
    description: extra.description,
    provenance: 'declared',
    loc,
  });
  ctx.types.set(id, t);
}

/** Drops undefined properties so IR dumps stay minimal and deterministic. */
export function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
