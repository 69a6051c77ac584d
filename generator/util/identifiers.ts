/** Identifier helpers shared by the naming pass and the emitters: case conversion, escaping, unique names. */

/** ECMAScript reserved words, strict-mode reserved words and TypeScript type keywords. */
export const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async of get set as from ' +
    'any unknown never number string boolean bigint symbol object undefined type keyof readonly infer is asserts ' +
    'declare module namespace require abstract constructor arguments eval satisfies accessor out global'
  ).split(' '),
);

/** Splits a spec name into words: `getXMLData_v2` → `get XML Data v2`. */
export function words(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter(Boolean);
}

/** `create interaction` → `CreateInteraction`; keeps inner capitals of each word. */
export function pascalCase(name: string): string {
  const out = words(name)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return out || '_';
}

/** `CreateInteraction` → `createInteraction`; `GetXMLData` → `getXMLData`; `XMLFeed` → `xmlFeed`. */
export function camelCase(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return '_';
  const first = parts[0];
  const head = /^\p{Lu}+$/u.test(first) && parts.length > 1 ? first.toLowerCase() : first[0].toLowerCase() + first.slice(1);
  return head + parts.slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** Makes `name` a valid identifier: a leading digit gets `_`, reserved words get a `_` suffix. */
export function safeIdentifier(name: string): string {
  const id = safePropertyName(name);
  return RESERVED.has(id) ? `${id}_` : id;
}

/**
 * Makes `name` valid as a bare property or method name (`client.delete(…)`): like
 * `safeIdentifier`, but reserved words are kept, since they are valid there.
 */
export function safePropertyName(name: string): string {
  const id = name.replace(/[^\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]/gu, '_');
  return /^[\p{L}\p{Nl}$_]/u.test(id) ? id : `_${id}`;
}

/** True when `key` can be written as a bare property name. */
export function isIdentifierKey(key: string): boolean {
  return /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*$/u.test(key) && key !== '__proto__';
}

/** Allocates unique identifiers in one scope. */
export class Scope {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** Reserves `wanted` (or `wanted2`, `wanted3`…) and returns it. */
  claim(wanted: string, ...companions: string[]): string {
    for (let n = 1; ; n++) {
      const base = n === 1 ? wanted : `${wanted}${n}`;
      const all = [base, ...companions.map((c) => base + c)];
      if (all.every((a) => !this.used.has(a))) {
        for (const a of all) this.used.add(a);
        return base;
      }
    }
  }
}
