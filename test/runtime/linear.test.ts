import { describe, expect, test } from 'vitest';
import { descriptors as encoded } from '../../generated/encoded/index.js';
import { soapEnvelopeText } from '../../templates/runtime/mime.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { Node } from './descriptors.js';

/**
 * Every reader path is linear in its input. For each pathological shape a server could send, the
 * CPU time to read size n and size 4n is compared: linear code takes about 4× as long, quadratic
 * code 16×. Each time is the best of several runs (each repeated until it lasts long enough to be
 * measured), the two sizes measured alternately, and the bound (8×) is generous, since the
 * machine is shared and noisy. No absolute time is asserted.
 */

/** CPU time of this process in milliseconds (unaffected by the time other processes take). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU time of one run of `f`: runs repeated until they take `minMs`, divided by their count. */
function timeOnce(f: () => void, minMs: number): number {
  let n = 0;
  const t0 = cpuMs();
  let t = t0;
  do {
    f();
    n++;
    t = cpuMs();
  } while (t - t0 < minMs);
  return (t - t0) / n;
}

/**
 * Growth of the reading time from size `n` to `4n`: the two sizes are measured alternately
 * (`runs` times each, so that both see the same load) and the fastest time of each is kept, as
 * interference only ever adds time.
 */
function growth(make: (n: number) => () => void, n: number, runs = 5, minMs = 20): number {
  const small = make(n);
  const large = make(4 * n);
  small();
  large();
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    a = Math.min(a, timeOnce(small, minMs));
    b = Math.min(b, timeOnce(large, minMs));
  }
  return b / a;
}

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';

describe('linear-time reading of pathological answers', () => {
  test('MIME: a body that is `--` and a long run of spaces', () => {
    const ratio = growth((n) => {
      const body = `--${' '.repeat(n)}`;
      return () => void soapEnvelopeText(body, 'text/xml; charset=utf-8');
    }, 20_000);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('MIME: multipart/related parts whose header lines are long runs of spaces', () => {
    const ratio = growth((n) => {
      const body = `--b\r\ncontent-id:${' '.repeat(n)}x\r\n--b\r\ncontent-id: <${' '.repeat(n)}\r\n\r\n<a/>\r\n--b--`;
      return () => void soapEnvelopeText(body, 'multipart/related; boundary=b; start="<x>"');
    }, 20_000);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('many namespace declarations in scope, each element using the first one', () => {
    const ratio = growth((n) => {
      let decls = '';
      for (let i = 0; i < n; i++) decls += ` xmlns:p${i}="urn:n${i}"`;
      const doc = `<p0:root${decls}>${'<p0:e/>'.repeat(n)}</p0:root>`;
      return () => {
        const r = new XmlReader(doc);
        r.prolog();
        const root = r.open();
        for (let c = r.first(root); c; c = r.next(root)) r.skip(c);
      };
    }, 4_000);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('many multi-reference values (rpc/encoded, href="#id")', () => {
    const TNS = 'http://svcgen.test/encoded/';
    const ENC = 'http://schemas.xmlsoap.org/soap/encoding/';
    const op = encoded.MirrorOperation as unknown as OperationDesc;
    const ratio = growth((n) => {
      let refs = '';
      let targets = '';
      for (let i = 0; i < n; i++) {
        refs += `<Item href="#p${i}"/>`;
        targets += `<t:Point id="p${i}"><X>${i}</X><Y>1</Y><Label>label ${i}</Label></t:Point>`;
      }
      const xml = `<s:Envelope xmlns:s="${SOAP11}" xmlns:e="${ENC}" xmlns:t="${TNS}"><s:Body s:encodingStyle="${ENC}"><t:MirrorResponse><MirrorResult href="#arr"/></t:MirrorResponse><e:Array id="arr" e:arrayType="t:Point[${n}]">${refs}</e:Array>${targets}</s:Body></s:Envelope>`;
      return () => {
        const v = readSoapResponse('soap11', op, xml, 200, 'text/xml').value as Record<string, unknown[]>;
        if (v.MirrorResult.length !== n) throw new Error('wrong count');
      };
    }, 8_000, 3);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('many multi-reference values under many namespace declarations', () => {
    const TNS = 'http://svcgen.test/encoded/';
    const ENC = 'http://schemas.xmlsoap.org/soap/encoding/';
    const op = encoded.MirrorOperation as unknown as OperationDesc;
    const ratio = growth((n) => {
      let decls = '';
      let refs = '';
      let targets = '';
      for (let i = 0; i < n; i++) {
        decls += ` xmlns:n${i}="urn:n${i}"`;
        refs += `<Item href="#p${i}"/>`;
        // Each target in a wrapper declaring a namespace of its own.
        targets += `<w xmlns:w${i}="urn:w"><t:Point id="p${i}"><X>${i}</X><Y>1</Y></t:Point></w>`;
      }
      const xml = `<s:Envelope xmlns:s="${SOAP11}" xmlns:e="${ENC}" xmlns:t="${TNS}"${decls}><s:Body><t:MirrorResponse><MirrorResult href="#arr"/></t:MirrorResponse><e:Array id="arr">${refs}</e:Array>${targets}</s:Body></s:Envelope>`;
      return () => {
        const v = readSoapResponse('soap11', op, xml, 200, 'text/xml').value as Record<string, unknown[]>;
        if (v.MirrorResult.length !== n) throw new Error('wrong count');
      };
    }, 2_000, 3);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('one target referenced many times is read once', () => {
    const TNS = 'http://svcgen.test/encoded/';
    const ENC = 'http://schemas.xmlsoap.org/soap/encoding/';
    const op = encoded.MirrorOperation as unknown as OperationDesc;
    // 3,000 references to one point: the answer holds 3,000 equal values, read once.
    const refs = '<Item href="#p"/>'.repeat(3000);
    const xml = `<s:Envelope xmlns:s="${SOAP11}" xmlns:e="${ENC}" xmlns:t="${TNS}"><s:Body><t:MirrorResponse><MirrorResult href="#arr"/></t:MirrorResponse><e:Array id="arr">${refs}</e:Array><t:Point id="p"><X>1</X><Y>2</Y></t:Point></s:Body></s:Envelope>`;
    const v = readSoapResponse('soap11', op, xml, 200, 'text/xml').value as Record<string, unknown[]>;
    expect(v.MirrorResult).toHaveLength(3000);
    expect(v.MirrorResult[2999]).toEqual({ X: 1, Y: 2 });
    // The references share the value, as they share the element in the document.
    expect(v.MirrorResult[0]).toBe(v.MirrorResult[2999]);
  });

  test('deep nesting within maxDepth', () => {
    const List: TypeDesc = { kind: 'complex', name: 'List', fields: [{ key: 'Node', type: Node, array: true, optional: true }] };
    // One chain of n levels, then 4n (60 and 240: within the default maxDepth of 256).
    const ratio = growth((depth) => {
      const doc = `<List><Node>${'<Child><Name>x</Name>'.repeat(depth - 1)}${'</Child>'.repeat(depth - 1)}</Node></List>`;
      return () => {
        const r = new XmlReader(doc);
        r.prolog();
        r.path.push('List');
        r.value(r.open(), List);
      };
    }, 60);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });

  test('many character references, in text and in attributes', () => {
    const Rec: TypeDesc = {
      kind: 'complex',
      name: 'Rec',
      fields: [
        { key: 'a', type: 'string', node: 'attribute', optional: true },
        { key: 'Text', type: 'string', optional: true },
      ],
    };
    const ratio = growth((n) => {
      const refs = '&#65;&#x42;&amp;&lt;'.repeat(n);
      const doc = `<Rec a="${refs}"><Text>${refs}</Text></Rec>`;
      return () => {
        const r = new XmlReader(doc);
        r.prolog();
        const v = r.value(r.open(), Rec) as Record<string, string>;
        if (v.Text.length !== 4 * n) throw new Error('wrong text');
      };
    }, 10_000);
    expect(ratio, `time at 4n / time at n`).toBeLessThan(8);
  });
});
