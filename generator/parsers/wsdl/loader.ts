import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Codes, Diagnostics } from '../../diagnostics.js';
import type { LineIndex } from '../../util/source.js';
import type { ParseOptions, SpecFile } from '../types.js';
import { BUILTIN_SCHEMA_NSS, NS, XSD_NSS } from './ns.js';
import { attr, kids, parseXml, type XmlElement } from './xml.js';

/** One XML document read for the service (the spec itself or an import). */
export interface Doc {
  readonly location: string;
  /** Name shown in diagnostics. */
  readonly file: string;
  readonly root: XmlElement;
  readonly lines: LineIndex;
}

/** One `xs:schema` element with its effective target namespace (chameleon includes take the includer's). */
export interface SchemaRec {
  readonly el: XmlElement;
  readonly doc: Doc;
  readonly tns: string;
  readonly elementQualified: boolean;
  readonly attributeQualified: boolean;
}

export interface Loaded {
  readonly main: Doc;
  /** WSDL 1.1 `definitions` documents, the main one first, then `wsdl:import`ed ones. */
  readonly wsdlDocs: Doc[];
  readonly schemas: SchemaRec[];
}

/** Location string → URL (`new URL` semantics for URLs, absolute file paths otherwise). */
function toUrl(loc: string): URL {
  if (/^[a-z][a-z0-9+.-]+:/i.test(loc) && !/^[a-z]:[\\/]/i.test(loc)) return new URL(loc);
  return pathToFileURL(path.resolve(loc));
}

/** The path with symbolic links resolved (as far as it exists), so a link cannot lead outside a root. */
function real(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(real(parent), path.basename(abs));
  }
}

function isUrl(loc: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(loc) && !/^[a-z]:[\\/]/i.test(loc);
}

/** A spec location (a path or a `file:` URL) as a path. */
function fileLocation(loc: string): string {
  return /^file:/i.test(loc) ? fileURLToPath(loc) : loc;
}

/** Resolves an import location against the importing document (`new URL(rel, base)`). */
export function resolveLocation(rel: string, base: string): string {
  const u = new URL(rel.trim(), toUrl(base));
  return u.protocol === 'file:' ? fileURLToPath(u) : u.href;
}

/**
 * Reads the spec and, transitively, every `wsdl:import` and `xs:import`/`xs:include`/`xs:redefine`
 * with a location (WSDL 1.1 §2.1.1, XSD Part 1 §4.2). Each location is read once; cycles stop there.
 */
export class Loader {
  private readonly docs = new Map<string, Doc | null>();
  private readonly schemaKeys = new Set<string>();
  private readonly ignored = new Set<Doc>();
  readonly wsdlDocs: Doc[] = [];
  readonly schemas: SchemaRec[] = [];

  constructor(
    private readonly spec: SpecFile,
    private readonly options: ParseOptions,
    private readonly diags: Diagnostics,
  ) {}

  async load(): Promise<Loaded> {
    const main = this.parse(this.spec.location, this.spec.file, this.spec.text);
    const root = main.root;
    if (root.local === 'definitions' && root.ns !== NS.wsdl && root.ns !== NS.wsdl2) repairNamespace(main, this.diags);
    if (root.ns === NS.wsdl2) {
      this.diags.fail(Codes.UNSUPPORTED, `WSDL 2.0 (<${root.name}> in ${NS.wsdl2}) is not supported; only WSDL 1.1 and XML Schema are read`, main.lines.loc(root.offset));
    }
    const isWsdl = root.ns === NS.wsdl && root.local === 'definitions';
    if (!isWsdl && !(XSD_NSS.includes(root.ns) && root.local === 'schema')) {
      this.diags.fail(Codes.UNKNOWN_FORMAT, `root element <${root.name}> (namespace "${root.ns}") is neither WSDL 1.1 definitions nor an XML Schema`, main.lines.loc(root.offset));
    }
    this.docs.set(this.key(this.spec.location), main);
    await this.visit(main, undefined);
    return { main, wsdlDocs: this.wsdlDocs, schemas: this.schemas };
  }

  private key(loc: string): string {
    try {
      return toUrl(loc).href;
    } catch {
      return loc;
    }
  }

  private parse(location: string, file: string, text: string): Doc {
    const { root, lines } = parseXml(file, text, this.diags);
    return { location, file, root, lines };
  }

  private displayName(location: string): string {
    if (/^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) return location;
    const mainLoc = this.spec.location;
    if (/^[a-z][a-z0-9+.-]+:/i.test(mainLoc) && !/^[a-z]:[\\/]/i.test(mainLoc)) return location;
    const rel = path.relative(path.dirname(path.resolve(mainLoc)), location);
    return path.join(path.dirname(this.spec.file), rel);
  }

  private async fetch(rel: string, from: Doc, at: XmlElement): Promise<Doc | null> {
    let location: string;
    try {
      location = resolveLocation(rel, from.location);
    } catch {
      this.diags.warn(Codes.MISSING, `import location "${rel}" is not a valid URL or path`, from.lines.loc(at.offset));
      return null;
    }
    const refused = this.refusal(rel, location);
    if (refused) {
      this.diags.error(Codes.IMPORT_REFUSED, `import "${rel}" refused: ${refused}`, from.lines.loc(at.offset));
      return null;
    }
    const k = this.key(location);
    if (this.docs.has(k)) return this.docs.get(k) ?? null;
    this.docs.set(k, null);
    if (!this.options.readFile) {
      this.diags.warn(Codes.MISSING, `import "${rel}" not read: no file reader given`, from.lines.loc(at.offset));
      return null;
    }
    let text: string;
    try {
      text = await this.options.readFile(location);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.diags.warn(Codes.MISSING, `import "${rel}" could not be read (${why}); its definitions are missing`, from.lines.loc(at.offset));
      return null;
    }
    const doc = this.parse(location, this.displayName(location), text);
    this.docs.set(k, doc);
    return doc;
  }

  /**
   * Why the import policy refuses `rel` (resolved to `location`), or undefined. Generation is
   * hermetic: only relative locations under the spec's folder (or a configured root) are read.
   */
  private refusal(rel: string, location: string): string | undefined {
    const policy = this.options.importPolicy;
    if (!policy || policy.allowAnywhere) return undefined;
    const how = 'read only relative locations under the spec\'s folder (or a configured import root); fetch it with `svcgen pull` or pass --allow-remote-imports';
    const r = rel.trim();
    if (/^file:/i.test(r)) return `a file: URL; ${how}`;
    if (/^[a-z][a-z0-9+.-]+:/i.test(r) && !/^[a-z]:[\\/]/i.test(r)) return `a remote URL; ${how}`;
    if (path.isAbsolute(r) || /^[a-z]:[\\/]/i.test(r) || r.startsWith('\\')) return `an absolute path; ${how}`;
    if (isUrl(location)) return `it resolves to the remote URL ${location}; ${how}`;
    const roots = [path.dirname(fileLocation(this.spec.location)), ...(policy.roots ?? [])].map(real);
    const target = real(location);
    const inside = roots.some((root) => {
      const back = path.relative(root, target);
      return back === '' || (!back.startsWith('..') && !path.isAbsolute(back));
    });
    return inside ? undefined : `it resolves outside the spec's folder (${location}); ${how}`;
  }

  private async visit(doc: Doc, chameleonTns: string | undefined): Promise<void> {
    const root = doc.root;
    if (root.ns === NS.wsdl && root.local === 'definitions') {
      if (this.wsdlDocs.includes(doc)) return;
      this.wsdlDocs.push(doc);
      for (const child of root.children) {
        if (child.ns === NS.wsdl && child.local === 'import') {
          const loc = attr(child, 'location');
          if (!loc || BUILTIN_SCHEMA_NSS.has(attr(child, 'namespace') ?? '')) continue;
          const sub = await this.fetch(loc, doc, child);
          if (sub) await this.visit(sub, undefined);
        } else if (child.ns === NS.wsdl && child.local === 'types') {
          for (const s of kids(child, XSD_NSS, 'schema')) await this.schema(s, doc, undefined);
        }
      }
    } else if (XSD_NSS.includes(root.ns) && root.local === 'schema') {
      await this.schema(root, doc, chameleonTns);
    } else if (!this.ignored.has(doc)) {
      this.ignored.add(doc);
      this.diags.warn(Codes.UNSUPPORTED, `imported document's root <${root.name}> is neither WSDL 1.1 nor XML Schema; ignored`, doc.lines.loc(root.offset));
    }
  }

  private async schema(el: XmlElement, doc: Doc, chameleonTns: string | undefined): Promise<void> {
    const tns = attr(el, 'targetNamespace') ?? chameleonTns ?? '';
    const key = `${this.key(doc.location)}#${el.offset}|${tns}`;
    if (this.schemaKeys.has(key)) return;
    this.schemaKeys.add(key);
    this.schemas.push({
      el,
      doc,
      tns,
      elementQualified: attr(el, 'elementFormDefault') === 'qualified',
      attributeQualified: attr(el, 'attributeFormDefault') === 'qualified',
    });
    for (const child of el.children) {
      if (!XSD_NSS.includes(child.ns)) continue;
      if (child.local !== 'import' && child.local !== 'include' && child.local !== 'redefine') continue;
      const loc = attr(child, 'schemaLocation');
      // Built-in namespaces (XML Schema, SOAP encoding, xml:, WSDL…) are known, never fetched.
      if (!loc || (child.local === 'import' && BUILTIN_SCHEMA_NSS.has(attr(child, 'namespace') ?? ''))) continue;
      const sub = await this.fetch(loc, doc, child);
      if (sub) await this.visit(sub, child.local === 'import' ? undefined : tns);
    }
  }
}

const WSDL_NAMES = new Set(['definitions', 'import', 'types', 'message', 'part', 'portType', 'operation', 'input', 'output', 'fault', 'binding', 'service', 'port', 'documentation']);
const XSD_NAMES = new Set([
  'schema', 'element', 'complexType', 'simpleType', 'sequence', 'choice', 'all', 'group', 'attribute', 'attributeGroup',
  'any', 'anyAttribute', 'complexContent', 'simpleContent', 'extension', 'restriction', 'enumeration', 'list', 'union',
  'annotation', 'include', 'length', 'minLength', 'maxLength', 'pattern', 'minInclusive', 'maxInclusive',
  'minExclusive', 'maxExclusive', 'totalDigits', 'fractionDigits', 'whiteSpace',
]);

/**
 * A `definitions` root in the wrong namespace (WSDL written with a default namespace that is not
 * WSDL's): its WSDL and XML Schema elements are read by local name, with a warning.
 */
function repairNamespace(doc: Doc, diags: Diagnostics): void {
  const wrong = doc.root.ns;
  diags.warn(Codes.MALFORMED_XML, `<definitions> is in namespace "${wrong}", not ${NS.wsdl}; WSDL and XML Schema elements in that namespace are read by local name`, doc.lines.loc(doc.root.offset));
  const walk = (el: XmlElement, inSchema: boolean): void => {
    const schema = inSchema || (el.ns === wrong && el.local === 'schema');
    if (el.ns === wrong) {
      if (schema && XSD_NAMES.has(el.local)) el.ns = XSD_NSS[0];
      else if (!schema && WSDL_NAMES.has(el.local)) el.ns = NS.wsdl;
    }
    for (const c of el.children) walk(c, schema);
  };
  walk(doc.root, false);
}
