import type { Field, Rule, SourceLoc } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import type { DraftType, TypeTable } from './build.js';
import type { Block, RequiredItem } from './prose.js';

/**
 * Applies what the prose before a request says to the record it describes. The target is the
 * request record (or the request message itself) holding most of the named fields. Named fields
 * become required; a field named only in the prose is added as `string` (`named-in-prose`);
 * "Either A or B" becomes a `one-of-required` rule (A and B stay optional each); "you may set
 * additional columns" opens the record (`open: true`).
 */

/** What `applyProse` reads and changes. */
export interface ProseInput {
  readonly table: TypeTable;
  readonly diagnostics: Diagnostics;
  /** The request message: its element name and (mutable) fields. */
  readonly message: { readonly element: string; readonly namespace: string; readonly fields: Field[] };
  /** Request body types, in pre-order. */
  readonly typeIds: readonly string[];
  readonly items: readonly RequiredItem[];
  readonly open?: Block;
  readonly loc: (viewOffset: number, path: string) => SourceLoc;
  readonly path: string;
}

interface Target {
  readonly id: string;
  readonly namespace: string;
  readonly fields: Field[];
  readonly draft?: DraftType;
}

function find(fields: readonly Field[], name: string): Field | undefined {
  return fields.find((f) => f.name === name) ?? fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
}

function chooseTarget(x: ProseInput): Target | undefined {
  const names = [...new Set(x.items.flatMap((i) => i.names))];
  const candidates: Target[] = [
    { id: x.message.element, namespace: x.message.namespace, fields: x.message.fields },
    ...x.typeIds.map((id) => x.table.byId.get(id)!).map((d) => ({ id: d.id, namespace: d.namespace, fields: d.fields, draft: d })),
  ];
  let best: Target | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = names.filter((n) => find(c.fields, n)).length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** The request type with the most members (the record "additional columns" refers to). */
function largest(x: ProseInput): DraftType | undefined {
  let best: DraftType | undefined;
  for (const id of x.typeIds) {
    const d = x.table.byId.get(id)!;
    if (!best || d.fields.length > best.fields.length) best = d;
  }
  return best;
}

const looksLikeField = (n: string): boolean => /_|[a-z][A-Z]|\d/.test(n);

/** Applies the prose rules; returns the operation's cross-field rules. */
export function applyProse(x: ProseInput): Rule[] {
  const rules: Rule[] = [];
  const target = x.items.length ? chooseTarget(x) : undefined;
  if (x.items.length && !target) {
    const named = x.items.map((i) => i.text).join('; ');
    x.diagnostics.warn(Codes.MISSING, `the prose names required fields that no sample shows (${named}); not applied`, x.loc(x.items[0].offset, x.path));
  }
  if (target) for (const item of x.items) applyItem(item, target, x, rules);
  if (x.open) {
    const d = target?.draft ?? largest(x);
    if (d) d.open = true;
  }
  return rules;
}

function applyItem(item: RequiredItem, t: Target, x: ProseInput, rules: Rule[]): void {
  const loc = x.loc(item.offset, `${x.path} › ${t.id}`);
  const resolved: string[] = [];
  for (const n of item.names) {
    const f = find(t.fields, n);
    if (f) resolved.push(f.name);
    else if (looksLikeField(n)) {
      addNamed(t, n, item, x.loc(item.offset, `${x.path} › ${t.id} › ${n}`));
      resolved.push(n);
    }
  }
  if (item.either && resolved.length > 1) {
    rules.push({ kind: 'one-of-required', typeId: t.id, fields: resolved, text: item.text, loc });
  } else if (resolved.length) {
    markRequired(t, resolved[0]);
  }
}

function markRequired(t: Target, name: string): void {
  const k = t.fields.findIndex((f) => f.name === name);
  if (k >= 0) t.fields[k] = { ...t.fields[k], optional: false };
}

function addNamed(t: Target, name: string, item: RequiredItem, loc: SourceLoc): void {
  const field: Field = {
    kind: 'field', fieldKind: 'element',
    name,
    namespace: t.namespace,
    type: { kind: 'primitive', name: 'string' },
    optional: item.either,
    array: false,
    nillable: false,
    provenance: 'named-in-prose',
    notes: [`named in the article's prose ("${item.text}") but not shown in any sample: typed string`],
    loc,
  };
  const partner = item.names.find((n) => n !== name && t.fields.some((f) => f.name === n));
  const before = partner !== undefined && item.names.indexOf(name) < item.names.indexOf(partner);
  const p = partner === undefined ? -1 : t.fields.findIndex((f) => f.name === partner);
  const at = p < 0 ? t.fields.length : before ? p : p + 1;
  t.fields.splice(at, 0, field);
}
