/**
 * The client generated from Interop.asmx's live WSDL (specs/interop/Interop.wsdl, snapshot of
 * `/Interop.asmx?wsdl`) against the Mono service itself: every operation, over SOAP 1.1 and 1.2,
 * values checked (see test/interop/README.md for what each operation does).
 */
import { describe, expect, it } from 'vitest';
import { createClient, SoapFaultError } from '../../generated/interop/index.js';
import { interopBed } from './env.js';

const bed = interopBed();

describe.skipIf(!bed.enabled).each(['soap11', 'soap12'] as const)('Interop.asmx through the WSDL-generated client over %s', (protocol) => {
  const client = () => createClient({ endpoint: `${bed.baseUrl}/Interop.asmx`, protocol });

  it('echoes enums, including one whose wire value differs from its .NET name', async () => {
    expect(await client().echoPriority({ priority: 'High' })).toBe('High');
    expect(await client().echoPriority({ priority: 'very-high' })).toBe('very-high');
    expect(await client().listPriorities()).toEqual(['Low', 'Normal', 'High', 'very-high']);
  });

  it('echoes an order: nested arrays of complex types, attributes, nullables, Guid, decimal, bytes, jagged arrays', async () => {
    const id = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
    const result = await client().echoOrder({
      order: {
        Id: id,
        Customer: 'ACME',
        Priority: 'Normal',
        DueDate: null,
        Rating: 4,
        Total: 0,
        Lines: [
          { LineNo: 7, Sku: 'A-1', Quantity: 3, UnitPrice: '0.10', Notes: [{ Text: 'first', At: '2024-05-01T10:00:00Z' }, { Text: 'none', At: null }] },
          { LineNo: 9, Sku: 'B-2', Quantity: 1, UnitPrice: 12345678901234.5 },
        ],
        Tags: ['b', 'a', 'C'],
        Attachment: new Uint8Array([1, 2, 3]),
        Matrix: [{ int: [1, 2, 3] }, { int: [4, 5, 6] }],
      },
    });
    expect(result).toBeDefined();
    const order = result!;
    expect(order.Id).toBe(id.toLowerCase());
    expect(order.Customer).toBe('ACME');
    expect(order.Priority).toBe('Normal');
    expect(order.DueDate).toBeNull();
    expect(order.Rating).toBe(4);
    // Total = 3 × 0.10 + 1 × 12345678901234.5, exact as decimal text.
    expect(order.Total).toBe('12345678901234.80');
    expect(order.Lines?.map((l) => [l?.LineNo, l?.Sku, l?.Quantity, l?.UnitPrice])).toEqual([
      [1, 'A-1', 3, '0.10'],
      [2, 'B-2', 1, '12345678901234.5'],
    ]);
    expect(order.Lines?.[0]?.Notes?.map((n) => [n?.Text, n?.At == null ? null : new Date(n.At).toISOString()])).toEqual([
      ['first', '2024-05-01T10:00:00.000Z'],
      ['none', null],
    ]);
    expect(order.Tags).toEqual(['C', 'a', 'b']);
    expect([...(order.Attachment ?? [])]).toEqual([3, 2, 1]);
    expect(order.Matrix?.map((r) => r?.int)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('sends and reads null items of arrays whose items the WSDL declares nillable (xsi:nil items, as .NET writes null entries)', async () => {
    const result = await client().echoOrder({
      order: {
        Id: '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
        Priority: 'Low',
        DueDate: null,
        Rating: null,
        Total: 0,
        Lines: [{ LineNo: 1, Sku: 'A-1', Quantity: 2, UnitPrice: '1.5' }, null],
        Tags: ['b', null, 'a'],
      },
    });
    // The service skips null lines when it totals and numbers them, and sorts the tags ordinally (null first).
    expect(result?.Lines?.map((l) => (l === null ? null : [l.LineNo, l.Sku]))).toEqual([[1, 'A-1'], null]);
    expect(result?.Total).toBe('3.0');
    expect(result?.Tags).toEqual([null, 'a', 'b']);
  });

  it('sends and reads derived types with xsi:type (abstract base, a subtype two levels down)', async () => {
    const shapes = await client().transform({
      shapes: [
        { $type: 'Circle', Label: 'c', Radius: 2 },
        { $type: 'Square', Label: 's', Side: 3 },
        { $type: 'Tile', Label: 't', Side: 1.5, Color: 'red' },
      ],
    });
    expect(shapes?.map((s) => [s?.$type, s?.Label])).toEqual([
      ['Square', 'Circle:c'],
      ['Circle', 'Square:s'],
      ['Tile', 'Tile:t'],
    ]);
    // Items of the ArrayOfShape are nillable (the WSDL says so): these three are present.
    const [square, circle, tile] = shapes!.map((s) => s!);
    expect(square.$type === 'Square' && square.Side).toBeCloseTo(2 * Math.sqrt(Math.PI), 12);
    expect(circle.$type === 'Circle' && circle.Radius).toBeCloseTo(3 / Math.sqrt(Math.PI), 12);
    expect(tile.$type === 'Tile' && [tile.Side, tile.Color]).toEqual([3, 'red']);
    // Shape is abstract: the client refuses a value that names no subtype, before sending.
    await expect(client().transform({ shapes: [{ Label: 'x' } as never] })).rejects.toThrow(/Shape is abstract: set \$type to one of Square, Tile, Circle/);
  });

  it('raises the typed SOAP fault of EchoOrder', async () => {
    const err = await client()
      .echoOrder({ order: { Id: '00000000-0000-0000-0000-000000000000', Customer: 'fault', Priority: 'Low', DueDate: null, Rating: null, Total: 0 } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoapFaultError);
    expect((err as SoapFaultError).detail).toContain('ORDER_FAULT');
  });

  it('sends xsi:nil for null and values otherwise (nullable parameters)', async () => {
    const nil = await client().echoNullables({ count: null, when: null, amount: null });
    expect(nil).toMatchObject({ Count: null, When: null, Amount: null, CountWasNull: true, WhenWasNull: true, AmountWasNull: true });
    const set = await client().echoNullables({ count: 5, when: new Date('2024-02-29T12:00:00Z'), amount: '1.25' });
    expect(set?.Count).toBe(5);
    expect(new Date(set!.When!).toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(set?.Amount).toBe('1.25');
    expect([set?.CountWasNull, set?.WhenWasNull, set?.AmountWasNull]).toEqual([false, false, false]);
  });

  it('echoes a Guid, adds decimals exactly, reverses bytes', async () => {
    expect(await client().echoGuid({ id: 'ABCDEF01-2345-6789-ABCD-EF0123456789' })).toBe('abcdef01-2345-6789-abcd-ef0123456789');
    expect(await client().addDecimals({ a: '0.1', b: '0.2' })).toBe('0.3');
    expect(await client().addDecimals({ a: '79228162514264337593543950334', b: 1 })).toBe('79228162514264337593543950335');
    expect([...((await client().reverseBytes({ data: new Uint8Array([0, 255, 16]) })) ?? [])]).toEqual([16, 255, 0]);
  });

  it('echoes scalars (Long + 1, Text upper-cased)', async () => {
    const r = await client().echoScalars({
      value: { Flag: true, Byte: 255, Short: -32768, Long: '9223372036854775806', Single: 1.5, Double: 0.1, Char: '65', When: '2001-02-03T04:05:06Z', Text: 'héllo <&>' },
    });
    expect(r).toMatchObject({ Flag: true, Byte: 255, Short: -32768, Long: '9223372036854775807', Single: 1.5, Double: 0.1, Char: '65', Text: 'HÉLLO <&>' });
    expect(new Date(r!.When).toISOString()).toBe('2001-02-03T04:05:06.000Z');
  });

  it('returns out and ref parameters as an object', async () => {
    expect(await client().divide({ dividend: 17, divisor: 5 })).toEqual({ DivideResult: 3, remainder: 2 });
    expect(await client().swap({ left: 'L', right: 'R' })).toEqual({ left: 'R', right: 'L' });
    const err = await client()
      .divide({ dividend: 1, divisor: 0 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoapFaultError);
    expect((err as SoapFaultError).detail).toContain('DIVIDE_BY_ZERO');
  });

  it('sends and receives the in/out SOAP header', async () => {
    const raw = await client().$raw.touch({ note: 'hi' }, { soapHeaders: { Session: { SessionId: 's1', Counter: 41 } } });
    expect(raw.result).toBe('s1:42:hi');
    expect(raw.soapHeaders.Session).toMatchObject({ SessionId: 's1', Counter: 42 });
    const missing = await client()
      .touch({ note: 'x' })
      .catch((e: unknown) => e);
    expect((missing as SoapFaultError).detail).toContain('MISSING_SESSION');
  });

  it('raises client, server and unhandled faults', async () => {
    const client11 = client();
    const clientFault = (await client11.fail({ code: 'E42', message: 'bad input' }).catch((e: unknown) => e)) as SoapFaultError;
    expect(clientFault).toBeInstanceOf(SoapFaultError);
    expect(clientFault.faultString).toBe('bad input');
    expect(clientFault.faultCode).toMatch(protocol === 'soap11' ? /Client$/ : /Sender$/);
    expect(clientFault.detail).toContain('E42');
    const server = (await client11.fail({ code: 'server', message: 'boom' }).catch((e: unknown) => e)) as SoapFaultError;
    expect(server.faultCode).toMatch(protocol === 'soap11' ? /Server$/ : /Receiver$/);
    expect(server.detail).toContain('SERVER_FAULT');
    const crash = (await client11.fail({ code: 'crash', message: 'kaput' }).catch((e: unknown) => e)) as SoapFaultError;
    expect(crash.faultString).toContain('kaput');
  });

  it('calls Delay and gets the slept time', async () => {
    expect(await client().delay({ milliseconds: 20 })).toBe(20);
  });
});
