import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as plusventa from '../../generated/plusventa/client.js';
import { OPERATIONS as PV_OPS } from '../../generated/plusventa/descriptors.js';
import * as pvErrors from '../../generated/plusventa/runtime/errors.js';
import * as pvSoap from '../../generated/plusventa/runtime/soap.js';
import * as hostile from '../../generated/hostile/client.js';
import { OPERATIONS as HOSTILE_OPS } from '../../generated/hostile/descriptors.js';
import * as hostileSoap from '../../generated/hostile/runtime/soap.js';
import { OPERATIONS as TP_OPS } from '../../generated/tpclient/descriptors.js';
import * as tpSoap from '../../generated/tpclient/runtime/soap.js';
import type { OperationDesc } from '../../templates/runtime/schema.js';
import { recordArb, roundTrip, type SoapModule } from './values.js';

/**
 * Property tests over the generated serializers of the seed services (and the hostile-names
 * service, which carries every other scalar kind): any valid value written as a request or a
 * response reads back exactly; characters XML 1.0 cannot carry are refused before sending; every
 * violated constraint is reported at once with its field path.
 */

const packages: [string, SoapModule, Record<string, OperationDesc>][] = [
  ['plusventa', pvSoap, PV_OPS],
  ['tpclient', tpSoap, TP_OPS],
  ['hostile', hostileSoap, HOSTILE_OPS as Record<string, OperationDesc>],
];

const cases = packages.flatMap(([pkg, soap, ops]) => Object.entries(ops).map(([m, op]) => [`${pkg}.${m}`, soap, op] as const));

describe('write → read round trip through generated descriptors', () => {
  test.each(cases)('%s request', (_name, soap, op) => {
    fc.assert(
      fc.property(recordArb(op.input.type, 3), fc.constantFrom('soap11' as const, 'soap12' as const), (value, version) => {
        expect(roundTrip(soap, op, value, version).read).toEqual(value);
      }),
      { numRuns: 80 },
    );
  });

  test.each(cases.filter(([, , op]) => op.output && op.output.type.fields.length))('%s response', (_name, soap, op) => {
    const asRequest: OperationDesc = { ...op, input: op.output! };
    fc.assert(
      fc.property(recordArb(op.output!.type, 3), (value) => {
        expect(roundTrip(soap, asRequest, value).read).toEqual(value);
      }),
      { numRuns: 80 },
    );
  });

  test('edge values survive exactly', () => {
    const op = HOSTILE_OPS.toString2 as OperationDesc;
    const long = `${'<&>]]>"\''.repeat(100_000)}𝄞`;
    for (const [k, v] of [
      ['catch', NaN],
      ['catch', -0],
      ['catch', Infinity],
      ['catch', -Infinity],
      ['catch', Number.MAX_VALUE],
      ['catch', Number.MIN_VALUE],
      ['finally', -3.4028234663852886e38],
      ['yield', '-9223372036854775808'],
      ['yield', '9223372036854775807'],
      ['then', long],
      ['then', ']]>'],
      ['then', ' \r\n\t '],
      ['async', '2024-02-29+14:00'],
      ['static', '23:59:59.9999999-12:00'],
      ['let', '-P1Y2M3DT4H5M6.7S'],
    ] as const) {
      const value = { Promise: { catch: 1, static: '00:00:00', of: [], [k]: v } };
      expect(roundTrip(hostileSoap, op, value).read, `${k} = ${String(v).slice(0, 20)}`).toEqual(value);
    }
    const decimalOp = PV_OPS.createInteraction as OperationDesc;
    for (const d of ['123456789012345678901234567890', '-0.000000000000000000000000000001', '99999999999999999999.9999999999']) {
      const value = { evaluation: 2147483647, duration: d };
      expect(roundTrip(pvSoap, decimalOp, value).read).toEqual(value);
    }
  });
});

describe('characters XML 1.0 cannot carry are refused before sending', () => {
  const bad = fc.tuple(fc.string({ maxLength: 5 }), fc.constantFrom('\u0000', '\u0001', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u000B'), fc.string({ maxLength: 5 })).map(([a, c, b]) => a + c + b);

  test('by the serializer, with the field path', () => {
    fc.assert(
      fc.property(bad, (s) => {
        let err: unknown;
        try {
          pvSoap.buildSoapRequest('soap11', PV_OPS.createInteraction, { evaluation: 1, duration: '1', comments: s });
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(pvErrors.SvcgenError);
        expect((err as pvErrors.SvcgenError).message).toMatch(/comments/);
        expect((err as pvErrors.SvcgenError).message).toMatch(/cannot be sent in XML/);
      }),
    );
  });

  test('by the client, which never calls fetch', async () => {
    let calls = 0;
    const client = plusventa.createClient({ endpoint: 'http://127.0.0.1:9/x.asmx', fetch: (async () => (calls++, new Response(''))) as typeof fetch });
    await expect(client.createInteraction({ evaluation: 1, duration: '1', description: 'ok\u0000' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(calls).toBe(0);
  });
});

describe('validation before sending reports every problem at once', () => {
  test('each violated constraint with its field path', async () => {
    let calls = 0;
    const client = plusventa.createClient({ endpoint: 'http://127.0.0.1:9/x.asmx', fetch: (async () => (calls++, new Response(''))) as typeof fetch });
    const bad = { evaluation: 2147483648, duration: '12abc', username: 42, comments: 'x\uFFFF' } as unknown as Parameters<typeof client.createInteraction>[0];
    const err = await client.createInteraction(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(pvErrors.ValidationError);
    const problems = (err as pvErrors.ValidationError).problems.map((p) => p.path).sort();
    expect(problems).toEqual(['request.comments', 'request.duration', 'request.evaluation', 'request.username']);
    expect(calls).toBe(0);
  });

  test('wrong types and values in a nested record of the hostile service', async () => {
    let calls = 0;
    const client = hostile.createClient({ fetch: (async () => (calls++, new Response(''))) as typeof fetch });
    const bad = { class: { function: 1.5, new: 'yes', enum: 'nope', VALUE: 'NaN', 名前: 7 } } as unknown as Parameters<typeof client.delete>[0];
    const err = await client.delete(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'VALIDATION' });
    const problems = ((err as { problems: { path: string }[] }).problems).map((p) => p.path).sort();
    expect(problems).toEqual(['request.class.VALUE', 'request.class.enum', 'request.class.function', 'request.class.new', 'request.class.名前']);
    expect(calls).toBe(0);
  });
});
