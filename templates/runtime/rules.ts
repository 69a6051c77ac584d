/**
 * Rules across fields (`OperationDesc.rules`), checked before a request is sent together with
 * the per-value validation: the request value is walked along its descriptors and every record
 * whose descriptor a rule names is checked. `one-of-required`: at least one of the listed
 * fields holds a value (not `undefined`, `null` or `''`).
 */

import type { Problem } from './errors.js';
import { subtypeByTag, type OperationDesc, type RuleDesc, type ValueDesc } from './schema.js';

const MAX_DEPTH = 64;

/** Rules across fields as a part of a SOAP connection (the operations entry adds them where an operation has some). */
export const useRules = { rules: checkRules };

/** Problems with the operation's rules in `input` (the request object), with their paths. */
export function checkRules(op: OperationDesc, input: unknown): Problem[] {
  const problems: Problem[] = [];
  if (op.rules && op.rules.length !== 0) walk(op.input.type, input, 'request', op.rules, problems, 0);
  return problems;
}

function walk(desc: ValueDesc, value: unknown, path: string, rules: readonly RuleDesc[], out: Problem[], depth: number): void {
  if (typeof desc === 'string' || desc.kind !== 'complex' || depth > MAX_DEPTH) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const obj = value as Record<string, unknown>;
  // A value naming a subtype (`$type`) is walked as that subtype.
  const tag = Object.prototype.hasOwnProperty.call(obj, '$type') ? obj.$type : undefined;
  const t = (typeof tag === 'string' && subtypeByTag(desc, tag)) || desc;
  for (const r of rules) if (r.type === desc || r.type === t) check(r, obj, path, out);
  for (const f of t.fields) {
    if (f.node === 'attribute' || f.node === 'text' || !Object.prototype.hasOwnProperty.call(obj, f.key)) continue;
    const v = obj[f.key];
    const at = `${path}.${f.key}`;
    if (f.array && Array.isArray(v)) v.forEach((item, i) => walk(f.type, item, `${at}[${i}]`, rules, out, depth + 1));
    else walk(f.type, v, at, rules, out, depth + 1);
  }
}

function check(rule: RuleDesc, obj: Record<string, unknown>, path: string, out: Problem[]): void {
  const set = rule.fields.some((k) => {
    const v = Object.prototype.hasOwnProperty.call(obj, k) ? obj[k] : undefined;
    return v !== undefined && v !== null && v !== '';
  });
  if (!set) out.push({ path, message: `one of ${rule.fields.join(', ')} is required (${rule.text})` });
}
