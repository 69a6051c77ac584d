import { Codes } from '../../diagnostics.js';
import type { Field, Operation, RestOperation } from '../../ir/types.js';
import { METHOD_LINE } from './api.js';
import { locAt, type Ctx } from './context.js';
import type { Line } from './lines.js';
import { disambiguateRestNames } from './naming.js';
import { isIndexHeader, splitPipes, type Cell } from './table.js';

/**
 * The `/Help` index page (docs/formats/webapi.md §Index page): controller groups with `API | Description`
 * tables. Each row becomes an operation with method, route and description only; request and
 * response details live on the API pages (a MISSING warning says so).
 */
export function parseIndexPage(ctx: Ctx, lines: readonly Line[], truncatedAt: number | undefined): Operation[] {
  const rows: { cell: Cell; method: string; route: string; description?: string }[] = [];
  let expectDoc = false;
  for (const cell of cells(lines)) {
    const m = METHOD_LINE.exec(cell.text);
    if (m) {
      rows.push({ cell, method: m[1], route: m[2] });
      expectDoc = true;
    } else if (expectDoc) {
      expectDoc = false;
      if (!/^No documentation available\.?$/i.test(cell.text)) rows[rows.length - 1].description = cell.text;
    }
  }
  const names = disambiguateRestNames(rows.map((r) => ({ method: r.method, path: r.route.split('?')[0] })));
  const ops = rows.map((r, i) => operation(ctx, r.cell.offset, names[i], r.method, r.route, r.description));
  if (ops.length) {
    ctx.diags.warn(
      Codes.MISSING,
      `index page lists ${ops.length} operation(s) without request or response details; read their API pages for bodies and responses`,
      locAt(ctx, rows[0].cell.offset),
    );
  }
  if (truncatedAt !== undefined) {
    ctx.diags.warn(Codes.TRUNCATED, `operation list is cut off after ${ops.length} operation(s)`, locAt(ctx, truncatedAt));
  }
  return ops;
}

function cells(lines: readonly Line[]): Cell[] {
  return lines
    .filter((l) => !isIndexHeader(l.text) && !/^\|?\s*-{2,}/.test(l.text))
    .flatMap((l) => {
      const parts = splitPipes(l).filter((c) => c.text !== '');
      return parts.length ? parts : [];
    });
}

function operation(ctx: Ctx, offset: number, name: string, method: string, route: string, description?: string): RestOperation {
  const [path, query = ''] = route.split(/\?(.*)/s);
  const loc = locAt(ctx, offset, `operation ${name}`);
  const param = (n: string, optional: boolean): Field => ({
    kind: 'field', fieldKind: 'element',
    name: n,
    type: { kind: 'primitive', name: 'string' },
    optional,
    array: false,
    nillable: false,
    loc,
  });
  const pathParams = [...path.matchAll(/\{\*?([^}:?=]+)[^}]*\}/g)].map((m) => param(m[1], false));
  const queryParams = [...query.matchAll(/(?:^|&)([^=&]+)=/g)].map((m) => param(m[1], true));
  const op: RestOperation = {
    kind: 'operation',
    binding: 'rest',
    name,
    protocols: ['rest'],
    input: { kind: 'message', wrapped: false, fields: [] },
    output: { kind: 'message', wrapped: false, fields: [] },
    rest: { method, path, pathParams, queryParams, requestMediaTypes: [], responseMediaTypes: [] },
    loc,
  };
  return description ? { ...op, description } : op;
}
