/**
 * Rules across fields (`OperationDesc.rules`), checked before a request is sent together with
 * the per-value validation: the request value is walked along its descriptors and every record
 * whose descriptor a rule names is checked. `one-of-required`: at least one of the listed
 * fields holds a value (not `undefined`, `null` or `''`).
 */
import type { Problem } from './errors.js';
import { type OperationDesc } from './schema.js';
/** Rules across fields as a part of a SOAP connection (the operations entry adds them where an operation has some). */
export declare const useRules: {
    rules: typeof checkRules;
};
/** Problems with the operation's rules in `input` (the request object), with their paths. */
export declare function checkRules(op: OperationDesc, input: unknown): Problem[];
