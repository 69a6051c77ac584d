import { describe, expect, test } from 'vitest';
import { createClient as createArticleClient, ValidationError as ArticleValidationError } from '../../generated/xweb-article/index.js';
import { createClient, ValidationError } from '../../generated/xweb/index.js';
import { mergeServices } from '../../generator/passes/merge.js';
import { selectOperations } from '../../generator/passes/select.js';
import { parseSampleArticle } from '../../generator/parsers/samples/index.js';
import { parseWsdl } from '../../generator/parsers/wsdl/index.js';
import { readFileSync } from 'node:fs';
import type { Field, Service } from '../../generator/ir/types.js';
import { soapOp } from '../helpers/ir.js';

/** xWeb clients: the article's either-or rule, the token session, the article + WSDL merge. */

const NS = 'http://www.avectra.com/2005/';
const record = { cma_cst_key: '2a50c454-eac0-4768-9a85-0c97968be7fd', cma_activity_date: '03/12/2012 13:44:55.892' };

/** A fake fetch answering InsertFacadeObject / Authenticate with a fresh token each time. */
function fakeFetch() {
  const sent: { action: string; body: string }[] = [];
  let n = 0;
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    const body = String(init?.body);
    const action = (init?.headers as Record<string, string>).SOAPAction;
    sent.push({ action, body });
    n++;
    const header = `<soap:Header><AuthorizationToken xmlns="${NS}"><Token>tok-${n}</Token></AuthorizationToken></soap:Header>`;
    const payload = action.includes('Authenticate')
      ? `<AuthenticateResponse xmlns="${NS}"><AuthenticateResult>tok-${n}</AuthenticateResult></AuthenticateResponse>`
      : `<InsertFacadeObjectResponse xmlns="${NS}"><InsertFacadeObjectResult><CustomerMessagingActivityObjects recordReturn="1"><CustomerMessagingActivityObject><cma_key>00000000-0000-0000-0000-00000000000${n}</cma_key></CustomerMessagingActivityObject></CustomerMessagingActivityObjects></InsertFacadeObjectResult></InsertFacadeObjectResponse>`;
    return new Response(`<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">${header}<soap:Body>${payload}</soap:Body></soap:Envelope>`, {
      status: 200,
      headers: { 'content-type': 'text/xml; charset=utf-8' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

describe('the either-or rule from the article', () => {
  test('the article-only client rejects a record with neither cma_eml_key nor cma_eml_address, naming its path', async () => {
    const f = fakeFetch();
    const client = createArticleClient({ endpoint: 'http://x.invalid/netForumXML.asmx', fetch: f.fetch });
    const records = [{ ...record, cma_eml_key: 'k' }, { ...record }];
    const err = await client.insertFacadeObject({ szObjectName: 'CustomerMessagingActivity', oNode: { CustomerMessagingActivityObjects: { CustomerMessagingActivityObject: records } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleValidationError);
    expect((err as ArticleValidationError).problems).toEqual([
      { path: 'request.oNode.CustomerMessagingActivityObjects.CustomerMessagingActivityObject[1]', message: expect.stringContaining('cma_eml_key, cma_eml_address') },
    ]);
    expect(f.sent).toHaveLength(0);
  });

  test('the merged typed helper checks it too; the generic operation does not know the record', async () => {
    const f = fakeFetch();
    const client = createClient({ endpoint: 'http://x.invalid/netForumXML.asmx', fetch: f.fetch });
    await expect(client.insertCustomerMessagingActivity([record])).rejects.toBeInstanceOf(ValidationError);
    expect(f.sent).toHaveLength(0);
    const raw = `<CustomerMessagingActivityObjects xmlns="${NS}"><CustomerMessagingActivityObject><cma_cst_key>${record.cma_cst_key}</cma_cst_key></CustomerMessagingActivityObject></CustomerMessagingActivityObjects>`;
    const r = await client.insertFacadeObject({ szObjectName: 'CustomerMessagingActivity', oNode: { $extra: [raw] } });
    expect(r?.$extra?.[0]).toContain('<cma_key>00000000-0000-0000-0000-000000000001</cma_key>');
    expect(f.sent[0].body).toContain(raw);
  });
});

describe('session: the AuthorizationToken header', () => {
  test('sends the token the last response returned, and exposes it', async () => {
    const f = fakeFetch();
    const client = createClient({ endpoint: 'http://x.invalid/netForumXML.asmx', fetch: f.fetch, session: true });
    expect(await client.authenticate({ userName: 'u', password: 'p' })).toBe('tok-1');
    expect(client.$session.soapHeaders.AuthorizationToken?.Token).toBe('tok-1');
    const first = await client.insertCustomerMessagingActivity([{ ...record, cma_eml_address: 'a@b.c' }]);
    expect(first?.CustomerMessagingActivityObject.map((r) => r.cma_key)).toEqual(['00000000-0000-0000-0000-000000000002']);
    expect(f.sent[1].body).toContain('<Token>tok-1</Token>');
    await client.insertFacadeObject({ szObjectName: 'X', oNode: {} });
    expect(f.sent[2].body).toContain('<Token>tok-2</Token>');
    expect(client.$session.soapHeaders.AuthorizationToken?.Token).toBe('tok-3');
    // A token given with the call wins over the stored one.
    await client.insertFacadeObject({ szObjectName: 'X' }, { soapHeaders: { AuthorizationToken: { Token: 'mine' } } });
    expect(f.sent[3].body).toContain('<Token>mine</Token>');
  });

  test('without session: true nothing is stored or sent', async () => {
    const f = fakeFetch();
    const client = createClient({ endpoint: 'http://x.invalid/netForumXML.asmx', fetch: f.fetch });
    await client.authenticate({ userName: 'u', password: 'p' });
    await client.insertFacadeObject({ szObjectName: 'X' });
    expect(client.$session.soapHeaders).toEqual({});
    expect(f.sent[1].body).not.toContain('AuthorizationToken');
  });
});

describe('merging the article with the WSDL', () => {
  const wsdlFile = 'specs/xweb/xWeb-2010.wsdl';
  const articleFile = 'specs/xweb/004_8931eb82c0deeb06.txt';
  const root = new URL('../../', import.meta.url);
  const read = (f: string) => readFileSync(new URL(f, root), 'utf8');
  let wsdl: Service | undefined;
  const parts = async (): Promise<[Service, Service]> => {
    wsdl ??= selectOperations(await parseWsdl({ file: wsdlFile, location: new URL(wsdlFile, root).href, text: read(wsdlFile) }, {}), ['Authenticate', 'InsertFacadeObject']);
    return [wsdl, await parseSampleArticle({ file: articleFile, location: articleFile, text: read(articleFile) }, {})];
  };

  test('the WSDL operation gets the article object; settled article warnings are dropped', async () => {
    const merged = mergeServices(await parts(), 'netForumXML');
    const op = soapOp(merged.operations.find((o) => o.name === 'InsertFacadeObject'));
    expect(op.soapAction).toBe('http://www.avectra.com/2005/InsertFacadeObject');
    expect(op.objects?.map((o) => [o.name, o.fixed])).toEqual([['CustomerMessagingActivity', [{ field: 'szObjectName', value: 'CustomerMessagingActivity' }]]]);
    expect(op.objects?.[0].rules?.[0].fields).toEqual(['cma_eml_key', 'cma_eml_address']);
    expect(merged.diagnostics.filter((d) => d.code === 'SVC150' || d.code === 'SVC151')).toEqual([]);
    expect(merged.diagnostics.filter((d) => d.code === 'SVC130')).toEqual([]);
  });

  test('the selector value is read from the operation element, not from a same-named element elsewhere in the sample', async () => {
    const [w] = await parts();
    // A header carrying an element of the parameter's name comes first in the text: only the Body's operation element counts.
    const text = read(articleFile).replace('<ns:Token>***************</ns:Token>', '<ns:Token>***************</ns:Token>\n<ns:szObjectName>Decoy</ns:szObjectName>');
    expect(text).toContain('Decoy');
    const article = await parseSampleArticle({ file: articleFile, location: articleFile, text }, {});
    const op = soapOp(mergeServices([w, article], 'netForumXML').operations.find((o) => o.name === 'InsertFacadeObject'));
    expect(op.objects?.map((o) => [o.name, o.fixed])).toEqual([['CustomerMessagingActivity', [{ field: 'szObjectName', value: 'CustomerMessagingActivity' }]]]);
  });

  test('a type disagreement keeps the WSDL type and warns with both locations', async () => {
    const [w, a] = await parts();
    const retype = (f: Field): Field => (f.fieldKind === 'element' && f.name === 'szObjectName' ? { ...f, type: { kind: 'primitive', name: 'int' } } : f);
    const article: Service = { ...a, operations: a.operations.map((o) => ({ ...o, input: { ...o.input, fields: o.input.fields.map(retype) } })) };
    const merged = mergeServices([w, article], 'netForumXML');
    const warn = merged.diagnostics.find((d) => d.code === 'SVC130');
    expect(warn?.message).toMatch(/szObjectName.*string in the schema, int in the article/);
    expect(warn?.loc?.file).toBe(wsdlFile);
    expect(warn?.related?.file).toBe(articleFile);
    const op = soapOp(merged.operations.find((o) => o.name === 'InsertFacadeObject'));
    expect(op.input.fields.find((f) => f.name === 'szObjectName')?.type).toEqual({ kind: 'primitive', name: 'string' });
  });
});
