import type { SampleAttribute, SampleElement, SampleTree } from '../ir/types.js';
import type { XmlElement, XmlReadResult } from './tolerant-xml.js';

/**
 * The IR form of a sample read by the tolerant reader (generator/util/tolerant-xml.ts): local
 * names, namespace URIs, attributes without namespace declarations, direct text. Built without
 * recursion, so a deeply nested sample cannot overflow the stack.
 */
export function sampleElement(root: XmlElement): SampleElement {
  type Out = { name: string; ns: string; attrs: SampleAttribute[]; children: SampleElement[]; text: string };
  const convert = (el: XmlElement): Out => ({
    name: el.local,
    ns: el.ns,
    attrs: el.attrs.filter((a) => a.ns !== 'xmlns').map((a) => ({ name: a.local, ns: a.ns, value: a.value })),
    children: [],
    text: el.text,
  });
  const out = convert(root);
  const work: [XmlElement, Out][] = [[root, out]];
  while (work.length) {
    const [el, o] = work.pop() as [XmlElement, Out];
    for (const c of el.children) {
      const co = convert(c);
      o.children.push(co);
      work.push([c, co]);
    }
  }
  return out;
}

/** The sample tree of a read XML document: undefined without a document element; complete when nothing was cut or repaired. */
export function xmlSampleTree(read: XmlReadResult): SampleTree | undefined {
  if (!read.root) return undefined;
  return { kind: 'xml', root: sampleElement(read.root), complete: read.complete && read.problems.length === 0 && read.unclosed.length === 0 };
}
