/**
 * Small readers over the `Field` union (see `types.ts`): the members only some kinds of field
 * carry, read uniformly.
 */
import type { ArrayItem, Field, FieldChoice } from './types.js';

/** The XML namespace of an element or attribute field; `undefined` for text and wildcards. */
export function fieldNamespace(f: Field): string | undefined {
  switch (f.fieldKind) {
    case 'element':
    case 'attribute':
      return f.namespace;
    case 'text':
    case 'any':
      return undefined;
    default:
      return unknownField(f);
  }
}

/** The `xs:choice` membership of an element or wildcard field. */
export function fieldChoice(f: Field): FieldChoice | undefined {
  switch (f.fieldKind) {
    case 'element':
    case 'any':
      return f.choice;
    case 'attribute':
    case 'text':
      return undefined;
    default:
      return unknownField(f);
  }
}

/** The item elements of a wrapped array (element fields only). */
export function fieldArrayItem(f: Field): ArrayItem | undefined {
  return f.fieldKind === 'element' ? f.arrayItem : undefined;
}

/** The field with its choice group id rewritten (fields outside a choice are returned as is). */
export function renameChoiceGroup(f: Field, group: (g: string) => string): Field {
  if ((f.fieldKind !== 'element' && f.fieldKind !== 'any') || !f.choice) return f;
  return { ...f, choice: { ...f.choice, group: group(f.choice.group) } };
}

/** The `never` branch of an exhaustive switch on `fieldKind`: a field of a kind this svcgen does not know. */
export function unknownField(f: never): never {
  throw new Error(`internal error: unknown field kind ${JSON.stringify((f as { fieldKind?: unknown }).fieldKind)}`);
}
