import type { DeclarationModel } from './declarations.js';
import type { Names } from '../../ir/resolved.js';

/**
 * A record used in requests and responses gets two declarations: the result shape `X` and the
 * input shape `XInput`, whose scalars accept the request forms (a `Date` for `xs:dateTime`, a
 * number or bigint for `xs:decimal`). Where the two have the same members with the same
 * optionality and types (the types it refers to being the same in both shapes, recursively),
 * `XInput` is declared as `type XInput = X`: the public name stays, the duplicate goes.
 */
export function aliasIdenticalInputs(declarations: readonly DeclarationModel[], names: Names): DeclarationModel[] {
  const byName = new Map(declarations.map((d) => [d.name, d] as const));
  const pairs = new Map<string, string>();
  for (const [id, input] of names.inputTypes) if (names.types.has(id)) pairs.set(input, names.types.get(id)!);
  for (const [id, input] of names.inputUnions) if (names.unions.has(id)) pairs.set(input, names.unions.get(id)!);
  // Greatest fixed point: assume every pair equal, drop those whose shapes differ once input names
  // of the pairs still assumed equal are read as their result names (recursive records stay equal).
  const equal = new Set([...pairs.keys()].filter((i) => byName.has(i) && byName.has(pairs.get(i)!)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const input of [...equal]) {
      const rename = (name: string) => (equal.has(name) ? pairs.get(name)! : name);
      if (shape(byName.get(input)!, rename) !== shape(byName.get(pairs.get(input)!)!, (n) => n)) {
        equal.delete(input);
        changed = true;
      }
    }
  }
  return declarations.map((d) => (equal.has(d.name) ? { kind: 'alias', name: d.name, doc: [`The input shape of {@link ${pairs.get(d.name)}}: the same members.`], target: pairs.get(d.name)! } : d));
}

/** A declaration without its name and documentation, with the type names it refers to renamed. */
function shape(d: DeclarationModel, rename: (name: string) => string): string {
  return JSON.stringify(d, (key, value: unknown) => {
    if (key === 'doc' || key === 'name') return undefined;
    return typeof value === 'string' && key !== 'key' ? renameTypes(value, rename) : value;
  });
}

/** Renames the identifiers of a TypeScript type expression, leaving string literals as they are. */
export function renameTypes(type: string, rename: (name: string) => string): string {
  let out = '';
  for (const m of type.matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*|[^'"\p{L}\p{Nl}$_]+/gu)) {
    const t = m[0];
    out += t[0] === "'" || t[0] === '"' || !/^[\p{L}\p{Nl}$_]/u.test(t) ? t : rename(t);
  }
  return out;
}
