import { Codes } from '../diagnostics.js';
import type { Diagnostic, DocumentedObject, ElementField, Field, Message, SampleElement, SampleTree, Service, SoapOperation, SourceLoc, TypeDef, TypeRef } from '../ir/types.js';
import { reachability } from './reachability.js';

/**
 * Merging a sample article into a schema-described service (WSDL/XSD). The schema wins for
 * operations and declared types; the article adds what only it knows:
 * - the concrete shape of wildcard parameters (`xs:any`, e.g. xWeb's `oNode`): each article
 *   operation whose declared message has a wildcard field the article shows typed becomes a
 *   `DocumentedObject` of the schema operation (a typed view: same wire messages);
 * - the fixed value of the scalar parameter that selects the object (`szObjectName`);
 * - prose rules and descriptions.
 * Where both sources type the same scalar differently, the schema's type is kept and a
 * `DISAGREEMENT` warning carries both locations. Article types nothing refers to are dropped.
 */
export function mergeSampleObjects(merged: Service, parts: readonly Service[]): Service {
  const articles = parts.filter((p) => p.sources.every((s) => s.format === 'soap-samples'));
  const schemas = parts.filter((p) => p.sources.some((s) => s.format === 'wsdl' || s.format === 'xsd'));
  if (!articles.length || !schemas.length) return merged;
  const byId = new Map(merged.types.map((t) => [t.id, t] as const));
  const diagnostics: Diagnostic[] = merged.diagnostics.filter((d) => !settledBySchema(d, articles, schemas));
  const ctx: Ctx = { byId, diagnostics };
  const articleOps = new Map(articles.flatMap((a) => a.operations.flatMap((o) => (o.binding === 'soap' ? [[o.name, o] as const] : []))));
  const schemaOps = new Set(schemas.flatMap((s) => s.operations.map((o) => o.name)));
  const operations = merged.operations.map((op) => {
    const art = articleOps.get(op.name);
    if (!art || !schemaOps.has(op.name) || op.binding !== 'soap') return op;
    compareHeaders(op, art, ctx);
    const object = documentedObject(op, art, ctx);
    return object ? { ...op, objects: [...(op.objects ?? []), object] } : op;
  });
  const articleIds = new Set(articles.flatMap((a) => a.types.map((t) => t.id)));
  const schemaIds = new Set(schemas.flatMap((s) => s.types.map((t) => t.id)));
  const next: Service = { ...merged, operations, diagnostics };
  const { reachedIds } = reachability(next);
  return { ...next, types: merged.types.filter((t) => !articleIds.has(t.id) || schemaIds.has(t.id) || reachedIds.has(t.id)) };
}

/**
 * An article's "no SOAPAction given" / "no endpoint given" warning is moot when the schema gives
 * them (the schema's SOAPAction and address are used).
 */
function settledBySchema(d: Diagnostic, articles: readonly Service[], schemas: readonly Service[]): boolean {
  const file = d.loc?.file;
  if (!file || !articles.some((a) => a.sources.some((s) => s.file === file))) return false;
  if (d.code === Codes.CONVENTION) return schemas.some((s) => s.operations.some((o) => o.binding === 'soap' && o.soapAction !== undefined && d.message.includes(` ${o.name};`)));
  if (d.code === Codes.MISSING && /names no endpoint/.test(d.message)) return schemas.some((s) => s.endpoints.some((e) => e.url || e.host));
  return false;
}

interface Ctx {
  readonly byId: ReadonlyMap<string, TypeDef>;
  readonly diagnostics: Diagnostic[];
}

/** A wildcard: raw XML, or an open record whose only members are `xs:any` fields. */
export function isWildcard(ref: TypeRef, byId: ReadonlyMap<string, TypeDef>): boolean {
  if (ref.kind === 'xml') return true;
  if (ref.kind !== 'ref') return false;
  const t = byId.get(ref.id);
  return t?.kind === 'complex' && !!t.open && !t.base && t.fields.every((f) => f.fieldKind === 'any');
}

function isRecord(ref: TypeRef, byId: ReadonlyMap<string, TypeDef>): boolean {
  return ref.kind === 'ref' && byId.get(ref.id)?.kind === 'complex' && !isWildcard(ref, byId);
}

/** The declared message with each wildcard field typed as the article shows it; `undefined` when none is. */
function typedMessage(declared: Message, shown: Message, which: string, op: string, ctx: Ctx): { message: Message; typed: Field[] } {
  const typed: Field[] = [];
  const fields = declared.fields.map((f) => {
    const a = shown.fields.find((x) => x.name === f.name);
    if (!a) return f;
    if (f.fieldKind === 'element' && isWildcard(f.type, ctx.byId) && isRecord(a.type, ctx.byId)) {
      const t: ElementField = { ...f, type: a.type, description: f.description ?? a.description, provenance: a.provenance, ...(a.loc ? { loc: a.loc } : {}) };
      typed.push(t);
      return t;
    }
    compareField(f, a, `${which} of ${op}`, ctx, new Set());
    return f;
  });
  return { message: { ...declared, fields, samples: shown.samples ?? declared.samples }, typed };
}

function documentedObject(op: SoapOperation, art: SoapOperation, ctx: Ctx): DocumentedObject | undefined {
  const input = typedMessage(op.input, art.input, 'request', op.name, ctx);
  const output = op.output && art.output ? typedMessage(op.output, art.output, 'response', op.name, ctx) : undefined;
  if (!input.typed.length && !output?.typed.length) return undefined;
  const fixed = input.typed.length ? fixedValues(op.input, art.input, ctx.byId) : [];
  const first = [...input.typed, ...(output?.typed ?? [])][0];
  const firstType = first.type.kind === 'ref' ? ctx.byId.get(first.type.id) : undefined;
  const child = firstType?.kind === 'complex' ? firstType.fields.find((f) => f.fieldKind === 'element' || f.fieldKind === 'any')?.name : undefined;
  const name = fixed[0]?.value ?? child ?? op.name;
  return {
    name,
    ...(art.description ? { description: art.description } : {}),
    input: input.message,
    output: output ? output.message : op.output,
    fixed,
    ...(art.rules?.length ? { rules: art.rules } : {}),
    ...(art.loc ? { loc: art.loc } : {}),
  };
}

/**
 * Scalar string parameters beside a wildcard whose sample value is a plain name (the object
 * selector, e.g. `<szObjectName>CustomerMessagingActivity</szObjectName>`). Read from the parsed
 * SOAP sample: the operation element in the Body and its direct children only, so an element
 * of the same name inside the wildcard's payload or a header is never taken for the parameter.
 */
function fixedValues(declared: Message, shown: Message, byId: ReadonlyMap<string, TypeDef>): { field: string; value: string }[] {
  const wrapper = bodyWrapper(shown.samples?.find((s) => s.protocol === 'soap11' || s.protocol === 'soap12')?.tree);
  if (!wrapper) return [];
  const out: { field: string; value: string }[] = [];
  for (const f of declared.fields) {
    if (f.array || f.type.kind !== 'primitive' || f.type.name !== 'string' || isWildcard(f.type, byId)) continue;
    const el = wrapper.children.find((c) => c.name === f.name);
    const value = el && !el.children.length ? el.text.trim() : '';
    if (/^[A-Za-z_][\w.]*$/.test(value)) out.push({ field: f.name, value });
  }
  return out;
}

/** The first element inside a SOAP sample's Body (the operation's wrapper element). */
function bodyWrapper(tree: SampleTree | undefined): SampleElement | undefined {
  if (tree?.kind !== 'xml' || tree.root.name !== 'Envelope') return undefined;
  return tree.root.children.find((c) => c.name === 'Body')?.children[0];
}

/** Compares a declared field with the article's; recurses into records both sides describe. */
function compareField(declared: Field, shown: Field, where: string, ctx: Ctx, seen: Set<string>): void {
  const d = scalarOf(declared.type, ctx.byId);
  const s = scalarOf(shown.type, ctx.byId);
  if (d && s && family(d) !== family(s) && shown.provenance !== 'guessed' && shown.provenance !== 'named-in-prose') {
    warn(ctx, `the sources disagree on the type of ${shown.name} in the ${where}: ${d} in the schema, ${s} in the article's sample; the schema's type is kept`, declared.loc, shown.loc);
    return;
  }
  if (declared.type.kind === 'ref' && shown.type.kind === 'ref' && !seen.has(declared.type.id)) {
    const dt = ctx.byId.get(declared.type.id);
    const st = ctx.byId.get(shown.type.id);
    if (dt?.kind !== 'complex' || st?.kind !== 'complex') return;
    seen.add(declared.type.id);
    for (const f of st.fields) {
      const g = dt.fields.find((x) => x.name === f.name);
      if (g) compareField(g, f, where, ctx, seen);
    }
  }
}

function compareHeaders(op: SoapOperation, art: SoapOperation, ctx: Ctx): void {
  for (const [declared, shown, dir] of [[op.headersIn, art.headersIn, 'request'], [op.headersOut, art.headersOut, 'response']] as const) {
    for (const h of shown) {
      const g = declared.find((x) => x.name === h.name);
      const where = `${dir} header ${h.name} of ${op.name}`;
      if (!g) warn(ctx, `the article shows the ${where}, which the schema does not declare; not sent`, h.loc, op.loc);
      else compareField(asField(g.name, g.type, g.loc), asField(h.name, h.type, h.loc), where, ctx, new Set());
    }
  }
  if (art.soapAction !== undefined && !art.soapActionDerived && op.soapAction !== undefined && art.soapAction !== op.soapAction) {
    warn(ctx, `the sources disagree on the SOAPAction of ${op.name}: ${op.soapAction} in the schema, ${art.soapAction} in the article; the schema's is used`, op.loc, art.loc);
  }
}

function asField(name: string, type: TypeRef, loc: SourceLoc | undefined): ElementField {
  return { kind: 'field', fieldKind: 'element', name, type, optional: true, array: false, nillable: false, ...(loc ? { loc } : {}) };
}

/** The primitive behind a reference (through aliases), or `undefined` for records and wildcards. */
function scalarOf(ref: TypeRef, byId: ReadonlyMap<string, TypeDef>): string | undefined {
  if (ref.kind === 'primitive') return ref.name;
  if (ref.kind !== 'ref') return undefined;
  const t = byId.get(ref.id);
  if (t?.kind === 'alias') return scalarOf(t.target, byId);
  if (t?.kind === 'enum') return 'string';
  return undefined;
}

/** Scalars that read and write the same way (a GUID or a QName is a string on the wire). */
function family(name: string): string {
  return /^(string|normalizedString|token|guid|char|anyURI|QName|anyType)$/.test(name) ? 'string' : name;
}

function warn(ctx: Ctx, message: string, loc: SourceLoc | undefined, related: SourceLoc | undefined): void {
  ctx.diagnostics.push({ severity: 'warning', code: Codes.DISAGREEMENT, message, ...(loc ? { loc } : {}), ...(related ? { related } : {}) });
}
