import type { Field, RestOperation, TypeDef } from '../../ir/types.js';
import { describeField, describeType } from '../core/descriptors.js';
import { docLines, where } from '../core/text.js';
import { SCALAR_KIND, type Direction, type TypeLookup } from '../core/types-map.js';

/**
 * JSDoc of Web API types, members and endpoints: the page's descriptions, the annotations as
 * lines (`Required`, `Max length: 10`), what JSON and XML carry, and where prose and annotation
 * disagree (the prose is kept and the caller is told how to skip validation).
 */

/** Descriptions that make a `Required` annotation conditional or contradict it. */
const SOFTENS_REQUIRED = /\b(required (if|when|unless)|if [^.]*\bnot (set|given|supplied|provided)|leave (it )?(empty|blank)|not required|optional(ly)?|can be (empty|blank|null|omitted))\b/i;

/** JSDoc lines of a model member or parameter. */
export function restFieldDoc(f: Field, lookup: TypeLookup): string[] {
  const extra: string[] = [];
  if (!f.optional) extra.push('Annotated Required: the validator refuses a request without it.');
  if (!f.optional && f.description && SOFTENS_REQUIRED.test(f.description)) {
    extra.push(
      `The page annotates this member Required, but its description says otherwise ("${f.description.trim()}"): ` +
        'the annotation is enforced; pass `validate: false` in the call options to send without it.',
    );
  }
  const prim = f.type.kind === 'primitive' ? SCALAR_KIND[f.type.name] : undefined;
  if (prim === 'long' || prim === 'decimal') extra.push('JSON: a bare number, written and read without losing digits.');
  if (prim === 'base64Binary') extra.push('JSON: a base64 string.');
  const xmlName = f.fieldKind === 'element' ? f.xmlName : undefined;
  if (xmlName !== undefined && xmlName !== f.name) extra.push(`XML element: \`${xmlName}\`.`);
  const lines = describeField(f, lookup);
  const last = lines.length ? lines[lines.length - 1] : '';
  if (last.startsWith('From ')) return docLines(lines.slice(0, -2).join('\n'), [extra.join('\n')], last);
  return docLines(lines.join('\n'), [extra.join('\n')]);
}

/** JSDoc lines of a model. */
export function restTypeDoc(t: TypeDef, dir: Direction): string[] {
  const lines = describeType(t, dir);
  if (t.kind !== 'complex' || t.provenance !== 'inferred-from-sample') return lines;
  return docLines(
    `The help page refers to the model \`${t.name}\` but does not describe it: its members were inferred from the page's samples (types guessed from sample values, all optional).`,
    lines.join('\n'),
  );
}

/** JSDoc lines of an endpoint method. */
export function restOperationDoc(op: RestOperation, hasParams: boolean): string[] {
  const rest = op.rest;
  const statuses = (rest.statuses ?? []).map((s) => `- ${s.code}: ${s.description || '(no description)'}`);
  const args = [hasParams ? '`params` (route and query parameters)' : '', rest.body ? `\`body\`${rest.bodyArray ? ' (a collection)' : ''}` : '', '`options`'].filter(Boolean);
  return docLines(
    op.description,
    `\`${rest.method} ${rest.path}\`${rest.queryParams.length ? ` (query: ${rest.queryParams.map((q) => q.name).join(', ')})` : ''}. Arguments: ${args.join(', ')}.`,
    rest.bodyDescription && `Body: ${rest.bodyDescription}`,
    rest.responseDescription && `Returns: ${rest.responseDescription}`,
    statuses.length ? ['Documented status codes (non-2xx ones reject with an `ApiError`):', ...statuses].join('\n') : undefined,
    where(op.loc) && `From ${where(op.loc)}.`,
  );
}
