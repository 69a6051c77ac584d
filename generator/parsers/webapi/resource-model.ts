import { Codes } from '../../diagnostics.js';
import type { EnumType } from '../../ir/types.js';
import { locAt, type Ctx } from './context.js';
import type { Line, PageText } from './lines.js';
import { declareModel } from './model.js';
import type { Section } from './sections.js';
import { isEnumHeader, paramHeaderPrefix, parseEnumRows, parseParamRows } from './table.js';

/**
 * ResourceModel pages (docs/formats/webapi.md §ResourceModel pages): a complex model's Parameters table becomes a
 * ComplexType, "Possible enumeration values" (or a customised sentence about enumeration
 * values) an EnumType with the numeric values. The model name comes from the h1 or the page
 * address (`?modelName=X`, static export `ResourceModel@modelName=X.html`).
 */
export function parseModelPage(ctx: Ctx, page: PageText, sections: readonly Section[]): void {
  const lines = page.lines;
  const enumSec = sections.find((s) => s.kind === 'enum');
  const enumStart = enumSec ? lines.indexOf(enumSec.heading as Line) : lines.findIndex((l) => isEnumHeader(l.text));
  const tableStart = lines.findIndex((l) => paramHeaderPrefix(l.text) !== null);
  const firstStructural = [enumStart, tableStart].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? lines.length;
  const name = modelName(page.url, lines.slice(0, firstStructural), tableStart >= 0 ? paramHeaderPrefix(lines[tableStart].text) : null);
  const loc = locAt(ctx, lines[firstStructural]?.offset ?? 0, `type ${name}`);
  const doc = docLines(lines.slice(0, firstStructural), name);
  if (enumStart >= 0 && (tableStart < 0 || enumStart < tableStart)) {
    const body = lines.slice(enumStart + 1);
    const h = body.findIndex((l) => isEnumHeader(l.text));
    const rows = parseEnumRows(h >= 0 ? body.slice(h + 1) : body);
    const t: EnumType = {
      kind: 'enum',
      id: name,
      name,
      values: rows.map((r) => ({ name: r.name, ...(r.value !== undefined ? { value: r.value } : {}), ...(r.description ? { description: r.description } : {}) })),
      provenance: 'declared',
      ...(doc ? { description: doc } : {}),
      loc,
    };
    ctx.types.set(name, t);
  } else if (tableStart >= 0) {
    declareModel(ctx, name, parseParamRows(lines.slice(tableStart + 1)), {}, loc, doc ? { description: doc } : {});
  }
  ctx.diags.warn(Codes.MISSING, `ResourceModel page for ${name}: it describes a type only, no operations`, loc);
  if (page.truncatedAt !== undefined) ctx.diags.warn(Codes.TRUNCATED, `model ${name} is cut off`, locAt(ctx, page.truncatedAt, `type ${name}`));
}

function modelName(url: string | undefined, before: readonly Line[], glued: string | null): string {
  const fromUrl = url ? /modelName=([^&#]+?)(?:\.html?)?(?:[&#]|$)/i.exec(url)?.[1] : undefined;
  if (fromUrl) return decodeURIComponent(fromUrl);
  if (glued) return glued;
  const h1 = [...before].reverse().find((l) => /^[A-Za-z_][\w.`]*$/.test(l.text));
  return h1?.text ?? 'Model';
}

function docLines(before: readonly Line[], name: string): string {
  return before
    .filter((l) => l.text !== name && !/^Help Page Home$/i.test(l.text))
    .map((l) => l.text)
    .join('\n');
}
