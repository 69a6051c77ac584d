import type { DocumentedObject, Field, Message, SoapOperation, SoapService } from '../../ir/types.js';
import { camelCase, pascalCase, safeIdentifier, words } from '../../util/identifiers.js';
import { descriptorLiteral } from '../core/descriptors.js';
import type { PackageModel } from './model.js';
import { rulesLiteral } from './rules.js';
import { docLines, literalKey, str, where } from '../core/text.js';
import { fieldTs, type TypeLookup } from '../core/types-map.js';

/**
 * Typed helpers for the objects a sample article documents inside a generic, wildcard-typed
 * operation (`Operation.objects`, set by `passes/merge-samples.ts`): for xWeb,
 * `insertCustomerMessagingActivity(records)` sends `InsertFacadeObject` with
 * `szObjectName = 'CustomerMessagingActivity'` and the records inside `oNode`, and resolves to
 * the typed records of the result. Each helper has its own operation descriptor (the generic
 * operation's wire facts, the article's types for the wildcard fields, the article's rules).
 */

export interface ObjectHelperModel {
  readonly method: string;
  readonly name: string;
  readonly doc: readonly string[];
  /** Name of the helper's operation descriptor constant in `objects.ts`. */
  readonly opDesc: string;
  readonly genericOpDesc: string;
  readonly inputDesc: string;
  readonly outputDesc: string;
  readonly rules?: string;
  readonly argName: string;
  readonly argType: string;
  readonly argOptional: boolean;
  /** Expression building the request object from the argument. */
  readonly build: string;
  readonly resultType: string;
  /** Expression (of `r`, the operation's result) giving the helper's result. */
  readonly result: string;
  /** Type of the operation's result as the article types it (before `result` unwraps it). */
  readonly rawType: string;
}

/** One helper per documented object of every operation, with unique method names. */
export function objectHelpers(service: SoapService, model: PackageModel): ObjectHelperModel[] {
  const taken = new Set([...model.operations.map((o) => o.method), '$raw', '$session']);
  const consts = new Set(model.descriptors.map((d) => d.name));
  const out: ObjectHelperModel[] = [];
  for (const op of service.operations) {
    for (const obj of op.objects ?? []) {
      const base = safeIdentifier(camelCase(`${words(op.name)[0] ?? op.name} ${obj.name}`));
      let method = base;
      for (let i = 2; taken.has(method); i++) method = `${base}${i}`;
      taken.add(method);
      let opDesc = `${pascalCase(method)}ObjectOperation`;
      for (let i = 2; consts.has(opDesc); i++) opDesc = `${pascalCase(method)}ObjectOperation${i}`;
      consts.add(opDesc);
      out.push(helper(op, obj, method, opDesc, model));
    }
  }
  return out;
}

function helper(op: SoapOperation, obj: DocumentedObject, method: string, opDesc: string, model: PackageModel): ObjectHelperModel {
  const lookup = model.lookup;
  const n = model.names.operations.get(op.name)!;
  const generic = model.operations.find((o) => o.name === op.name)!;
  const fixed = new Map(obj.fixed.map((f) => [f.field, f.value] as const));
  const rest = obj.input.fields.filter((f) => !fixed.has(f.name));
  // Fields the article typed are new Field objects; the others are the declared ones.
  const typed = rest.filter((f) => !op.input.fields.includes(f));
  const fixedPart = obj.fixed.map((f) => `${literalKey(f.field)}: ${str(f.value)}`);
  let arg: { name: string; type: string; optional: boolean; build: string };
  if (typed.length === 1 && rest.every((f) => f === typed[0] || f.optional)) {
    const path = chain(typed[0], lookup);
    const last = path[path.length - 1];
    const name = last.array ? 'records' : 'value';
    const nested = path.reduceRight((inner, f) => `{ ${literalKey(f.name)}: ${inner} }`, name);
    arg = { name, type: fieldTs(last, 'in', lookup), optional: false, build: `{ ${[...fixedPart, nested.slice(2, -2)].join(', ')} }` };
  } else {
    const props = rest.map((f) => `${literalKey(f.name)}${f.optional ? '?' : ''}: ${fieldTs(f, 'in', lookup)}`);
    arg = { name: 'input', type: `{ ${props.join('; ')} }`, optional: rest.every((f) => f.optional), build: `{ ...input, ${fixedPart.join(', ')} }` };
  }
  const out = obj.output;
  let resultType = generic.result;
  let rawType = generic.result;
  let result = 'r';
  if (out && op.returns === 'result' && out.fields[0] && out.fields[0] !== op.output?.fields[0]) {
    const path = chain(out.fields[0], lookup);
    const last = path[path.length - 1];
    resultType = `${fieldTs(last, 'out', lookup)} | undefined`;
    rawType = `${fieldTs(out.fields[0], 'out', lookup)} | undefined`;
    result = ['r', ...path.slice(1).map((f) => (/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : `[${str(f.name)}]`))].join('?.');
  }
  const element = (m: Message, fallback: string) => m.element ?? fallback;
  const inputDesc = `{ name: ${str(element(obj.input, op.name))}, ${obj.input.namespace !== undefined ? `ns: ${str(obj.input.namespace)}, ` : ''}type: ${descriptorLiteral({ name: element(obj.input, op.name), namespace: obj.input.namespace, fields: obj.input.fields }, lookup)} }`;
  const outputDesc = out
    ? `{ name: ${str(element(out, `${op.name}Response`))}, ${out.namespace !== undefined ? `ns: ${str(out.namespace)}, ` : ''}type: ${descriptorLiteral({ name: element(out, `${op.name}Response`), namespace: out.namespace, fields: out.fields }, lookup)} }`
    : 'null';
  const doc = docLines(
    `${op.name} for \`${obj.name}\` records${obj.fixed.length ? ` (${obj.fixed.map((f) => `\`${f.field}\` = \`${f.value}\``).join(', ')})` : ''}: the generic operation with the object's shape as the article documents it.`,
    obj.description,
    (obj.rules ?? []).length ? `Checked before sending: ${(obj.rules ?? []).map((r) => r.text).join('; ')}.` : undefined,
    where(obj.loc) && `From ${where(obj.loc)}.`,
  );
  return {
    method,
    name: obj.name,
    doc,
    opDesc,
    genericOpDesc: n.opDesc,
    inputDesc,
    outputDesc,
    ...(rulesLiteral(obj.rules, obj.input, lookup) ? { rules: rulesLiteral(obj.rules, obj.input, lookup) } : {}),
    argName: arg.name,
    argType: arg.type,
    argOptional: arg.optional,
    build: arg.build,
    resultType,
    result,
    rawType,
  };
}

/**
 * The fields from `start` down through records of exactly one element member (no attributes,
 * not open, no base), stopping at the first repeated element: the helper takes / gives that.
 */
function chain(start: Field, lookup: TypeLookup): Field[] {
  const path = [start];
  let f = start;
  while (!f.array && f.type.kind === 'ref' && path.length < 8) {
    const t = lookup.byId.get(f.type.id);
    if (t?.kind !== 'complex' || t.open || t.base || t.fields.length !== 1 || t.fields[0].fieldKind === 'attribute' || t.fields[0].fieldKind === 'text') break;
    f = t.fields[0];
    path.push(f);
  }
  return path;
}
