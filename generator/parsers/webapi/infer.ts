import { Codes } from '../../diagnostics.js';
import type { ComplexType, EnumType, Field, PrimitiveName, SourceLoc, TypeRef } from '../../ir/types.js';
import { joinPath } from '../../util/source.js';
import type { Ctx, SampleAt } from './context.js';
import type { JsonValue } from './json.js';
import { clean, recordSample } from './model.js';
import { xmlChild, type XmlElement } from './xml.js';

/**
 * Models a page links to but does not include (docs/formats/webapi.md §Models inferred from samples): typed from the JSON
 * sample (field order = JSON order = declaration order) and the XML sample (element and item
 * names). Every such type is `provenance: 'inferred-from-sample'` with an INFERRED_TYPE warning;
 * a model with no sample value at all becomes an empty open placeholder with a MISSING warning.
 */
export function inferMissingModels(ctx: Ctx): void {
  for (let guard = 0; guard < 1000; guard++) {
    const missing = [...ctx.referenced.keys()].find((id) => !ctx.types.has(id));
    if (missing === undefined) return;
    const at = ctx.samplesAt.get(missing);
    if (at) inferModel(ctx, missing, at);
    else placeholder(ctx, missing, ctx.referenced.get(missing) as SourceLoc);
  }
}

export { notDescribedHere } from '../../util/rest-naming.js';

/**
 * The wire form of declared enums follows the samples: Json.NET writes enum names when the service
 * registers a string enum converter, numbers otherwise; a ResourceModel page's Value column only
 * documents the numbers. A declared enum whose sample value is a JSON string is sent by name.
 */
export function enumWireForms(ctx: Ctx): void {
  for (const [id, t] of ctx.types) {
    if (t.kind !== 'enum' || t.jsonAs !== undefined) continue;
    const json = ctx.samplesAt.get(id)?.json;
    const form = json?.t === 'str' ? 'name' : json?.t === 'num' ? 'number' : undefined;
    if (form) ctx.types.set(id, { ...t, jsonAs: form });
  }
}

function placeholder(ctx: Ctx, id: string, loc: SourceLoc): void {
  ctx.diags.warn(Codes.MISSING, `model ${id} is referenced but not described on this page and has no sample value`, loc);
  ctx.types.set(id, { kind: 'complex', id, name: id, fields: [], open: true, provenance: 'guessed', loc });
}

function inferModel(ctx: Ctx, id: string, at: SampleAt): void {
  const json = at.json?.t === 'arr' ? at.json.items[0] : at.json;
  const scalar = json && (json.t === 'num' || json.t === 'str');
  if (scalar || (!json && at.xml && at.xml.children.length === 0 && at.xml.text.trim())) {
    ctx.types.set(id, inferEnum(id, json, at));
    ctx.diags.warn(Codes.INFERRED_TYPE, `model ${id} is not described on this page; inferred as an enum from a sample value`, at.loc);
    return;
  }
  const path = joinPath(`type ${id}`);
  const fields =
    json?.t === 'obj'
      ? json.entries.filter(([k]) => !k.startsWith('$')).map(([k, v]) => inferField(ctx, k, v, xmlChild(at.xml, k), id, at.loc, path))
      : (at.xml?.children ?? []).map((c) => inferField(ctx, c.local, xmlScalar(c), c, id, at.loc, path));
  const t: ComplexType = { kind: 'complex', id, name: id, fields, provenance: 'inferred-from-sample', loc: at.loc };
  ctx.types.set(id, t);
  ctx.diags.warn(
    Codes.INFERRED_TYPE,
    `model ${id} is not described on this page; ${fields.length} field(s) inferred from the ${json ? 'JSON' : 'XML'} sample`,
    at.loc,
  );
}

function inferEnum(id: string, json: JsonValue | undefined, at: SampleAt): EnumType {
  const xmlText = at.xml?.text.trim();
  const num = json?.t === 'num' ? Number(json.raw) : undefined;
  const name = xmlText && !/^-?\d+$/.test(xmlText) ? xmlText : json?.t === 'str' ? json.v : String(num ?? '');
  return clean({
    kind: 'enum',
    id,
    name: id,
    values: [clean({ name, value: num })],
    jsonAs: json?.t === 'num' ? 'number' : json?.t === 'str' ? 'name' : undefined,
    provenance: 'inferred-from-sample',
    loc: at.loc,
  }) as EnumType;
}

/** A JSON-like view of an XML leaf (XML-only samples). */
function xmlScalar(el: XmlElement): JsonValue {
  if (el.children.length) return { t: 'obj', entries: el.children.map((c) => [c.local, xmlScalar(c)] as const) };
  const text = el.text.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return { t: 'num', raw: text };
  if (text === 'true' || text === 'false') return { t: 'bool', v: text === 'true' };
  return { t: 'str', v: text };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const TIMESPAN = /^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d+)?$/;

/** Sample values → primitive names (docs/formats/webapi.md §Models inferred from samples). */
export function primitiveOfSample(v: JsonValue): PrimitiveName {
  if (v.t === 'bool') return 'boolean';
  if (v.t === 'num') return /[.eE]/.test(v.raw) ? 'decimal' : 'int';
  if (v.t === 'str') {
    if (GUID.test(v.v)) return 'guid';
    if (ISO_DATE.test(v.v)) return 'dateTime';
    if (TIMESPAN.test(v.v)) return 'duration';
    return 'string';
  }
  return 'anyType';
}

function sampleText(v: JsonValue): string {
  if (v.t === 'str') return JSON.stringify(v.v);
  if (v.t === 'num') return v.raw;
  if (v.t === 'bool') return String(v.v);
  return v.t === 'null' ? 'null' : v.t === 'obj' ? 'an object' : 'an array';
}

/** `InteractionCreateIssues` → `InteractionCreateIssue`; otherwise `{name}Item`. */
function singular(name: string): string {
  if (/ies$/.test(name)) return name.slice(0, -3) + 'y';
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return `${name}Item`;
}

function inferField(ctx: Ctx, key: string, v: JsonValue, xmlEl: XmlElement | undefined, owner: string, loc: SourceLoc, path: string): Field {
  const isArr = v.t === 'arr';
  const item = isArr ? v.items[0] : v;
  const itemEl = isArr && xmlEl?.children.length ? xmlEl.children[0] : undefined;
  let type: TypeRef = { kind: 'primitive', name: 'anyType' };
  if (item?.t === 'obj' && item.entries.length && !looksLikeDictionary(item)) {
    const id = pascal(isArr ? itemEl?.local ?? singular(key) : key);
    const finalId = id === owner ? `${owner}_${id}` : id;
    if (!ctx.referenced.has(finalId)) ctx.referenced.set(finalId, loc);
    recordSample(ctx, finalId, item, isArr ? itemEl : xmlEl, false, loc, joinPath(path, key));
    type = { kind: 'ref', id: finalId };
  } else if (item?.t === 'obj' && item.entries.length) {
    const first = item.entries.find(([k]) => !k.startsWith('$'));
    const value: TypeRef = first ? { kind: 'primitive', name: primitiveOfSample(first[1]) } : { kind: 'primitive', name: 'anyType' };
    type = { kind: 'map', key: { kind: 'primitive', name: 'string' }, value };
  } else if (item) type = { kind: 'primitive', name: primitiveOfSample(item) };
  const xmlName = xmlEl && xmlEl.local !== key ? xmlEl.local : undefined;
  return clean({
    kind: 'field', fieldKind: 'element',
    name: key,
    type,
    optional: true,
    array: isArr,
    nillable: v.t === 'null',
    xmlName,
    arrayItem: itemEl ? (itemEl.ns ? { name: itemEl.local, namespace: itemEl.ns } : { name: itemEl.local }) : undefined,
    provenance: 'inferred-from-sample',
    notes: [`inferred from sample value ${item ? (isArr ? `[${sampleText(item)}, …]` : sampleText(item)) : '[] (empty array)'}`],
    loc,
  });
}

/** ObjectGenerator dictionaries have keys `sample string n` (docs/formats/webapi.md §Models inferred from samples). */
function looksLikeDictionary(v: Extract<JsonValue, { t: 'obj' }>): boolean {
  return v.entries.some(([k]) => /^sample string \d+$/.test(k));
}

function pascal(s: string): string {
  const out = s.replace(/[^A-Za-z0-9_]/g, '');
  return out ? out[0].toUpperCase() + out.slice(1) : 'Item';
}
