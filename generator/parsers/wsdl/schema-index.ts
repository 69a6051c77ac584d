import type { SchemaRec } from './loader.js';
import { NS, qid, XSD_NSS } from './ns.js';
import { attr, kids, resolveQName, type XmlElement } from './xml.js';

/** A global schema component (top-level child of `xs:schema`) with the schema it belongs to. */
export interface Comp {
  readonly el: XmlElement;
  readonly rec: SchemaRec;
  readonly ns: string;
  readonly name: string;
}

export type CompKind = 'type' | 'element' | 'group' | 'attributeGroup' | 'attribute';

/** Namespaces whose schemas svcgen maps to built-ins instead of reading (XSD, SOAP-ENC, MS serialization). */
const BUILTIN_NSS: ReadonlySet<string> = new Set([...XSD_NSS, NS.soapenc, NS.soapenc12, NS.msSer]);

/**
 * The symbol spaces of XML Schema (Part 1 §2.5): type definitions (simple and complex share one),
 * element, attribute, model group and attribute group declarations, each keyed `{ns}name`.
 * The first declaration of a name wins; `xs:redefine` children replace earlier ones.
 */
export class SchemaIndex {
  readonly types = new Map<string, Comp>();
  readonly elements = new Map<string, Comp>();
  readonly groups = new Map<string, Comp>();
  readonly attributeGroups = new Map<string, Comp>();
  readonly attributes = new Map<string, Comp>();
  /** Head element id → global elements declaring `substitutionGroup` = head. */
  readonly substitutes = new Map<string, Comp[]>();

  constructor(readonly schemas: readonly SchemaRec[]) {
    for (const rec of schemas) {
      if (BUILTIN_NSS.has(rec.tns)) continue;
      for (const child of rec.el.children) {
        if (!XSD_NSS.includes(child.ns)) continue;
        if (child.local === 'redefine') {
          for (const r of child.children) if (XSD_NSS.includes(r.ns)) this.add(r, rec, true);
        } else this.add(child, rec, false);
      }
    }
    for (const comp of this.elements.values()) {
      const head = attr(comp.el, 'substitutionGroup');
      if (!head) continue;
      const q = resolveQName(comp.el, head);
      if (!q) continue;
      const k = qid(q.ns, q.local);
      const list = this.substitutes.get(k) ?? [];
      list.push(comp);
      this.substitutes.set(k, list);
    }
  }

  private add(el: XmlElement, rec: SchemaRec, replace: boolean): void {
    const name = attr(el, 'name')?.trim();
    if (!name) return;
    const map = this.mapFor(el.local);
    if (!map) return;
    const k = qid(rec.tns, name);
    if (!replace && map.has(k)) return;
    map.set(k, { el, rec, ns: rec.tns, name });
  }

  private mapFor(local: string): Map<string, Comp> | undefined {
    switch (local) {
      case 'complexType':
      case 'simpleType':
        return this.types;
      case 'element':
        return this.elements;
      case 'group':
        return this.groups;
      case 'attributeGroup':
        return this.attributeGroups;
      case 'attribute':
        return this.attributes;
      default:
        return undefined;
    }
  }

  /** Looks up a QName-valued attribute (`type`, `ref`, `base`…) of `el` in the given symbol space. */
  lookup(kind: CompKind, el: XmlElement, qname: string): Comp | undefined {
    const q = resolveQName(el, qname);
    if (!q) return undefined;
    const map =
      kind === 'type' ? this.types : kind === 'element' ? this.elements : kind === 'group' ? this.groups : kind === 'attributeGroup' ? this.attributeGroups : this.attributes;
    return map.get(qid(q.ns, q.local));
  }

  /** Global elements that may substitute for `head`, transitively, in declaration order. */
  substitutionsOf(head: Comp): Comp[] {
    const out: Comp[] = [];
    const seen = new Set<Comp>([head]);
    const walk = (c: Comp): void => {
      for (const m of this.substitutes.get(qid(c.ns, c.name)) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        out.push(m);
        walk(m);
      }
    };
    walk(head);
    return out;
  }
}

/** All text inside `el`, whitespace collapsed. */
export function deepText(el: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    parts.push(e.text);
    for (const c of e.children) walk(c);
  };
  walk(el);
  // Same as collapsing /\s+/ to ' ', but single spaces are left alone: a megabyte-long text has
  // millions of them, and replacing each holds a list of every match.
  return parts.join(' ').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** `xs:annotation/xs:documentation` text of a schema component (XSD Part 1 §3.13). */
export function xsdDoc(el: XmlElement): string | undefined {
  const texts: string[] = [];
  for (const a of kids(el, XSD_NSS, 'annotation')) {
    for (const d of kids(a, XSD_NSS, 'documentation')) {
      const t = deepText(d);
      if (t) texts.push(t);
    }
  }
  return texts.length ? texts.join('\n') : undefined;
}

/** `minOccurs`/`maxOccurs` of a particle (defaults 1/1; `unbounded` is Infinity). */
export function occurs(el: XmlElement): { min: number; max: number } {
  const minS = attr(el, 'minOccurs');
  const maxS = attr(el, 'maxOccurs');
  const min = minS === undefined ? 1 : Number(minS.trim()) || 0;
  const max = maxS === undefined ? 1 : maxS.trim() === 'unbounded' ? Infinity : Number(maxS.trim());
  return { min, max: Number.isNaN(max) ? 1 : max };
}
