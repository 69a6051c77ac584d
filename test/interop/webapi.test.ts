/**
 * The generated Web API clients (seeds 001 and 002) against the real .NET stand-ins of
 * test/interop/README.md: Json.NET for JSON, DataContractSerializer / XmlSerializer for XML,
 * ASP.NET's ModelState 400 and the 401 of a wrong key, in both formats.
 */
import { describe, expect, it } from 'vitest';
import * as caliq from '../../generated/caliq/index.js';
import * as stp from '../../generated/seethepro/index.js';
import { interopBed, lastCall } from './env.js';

const bed = interopBed();

const vsp = {
  AppAccessKey: 'interop-app-key',
  InteractionIdentity: 'call 42/ä',
  InteractionName: 'First call',
  AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7',
  ContactId: '3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0',
};

const interaction: caliq.InteractionCreateParams = {
  apiKey: 'interop-api-key',
  ChannelID: 2,
  AccountNo: 'ACC-1',
  UniqueID: 'u-1',
  Kind: 'C',
  ContactedBy: 'E1',
  ContactedFirstName: 'Ada',
  ContactedSurname: 'Lovelace',
  OnDateTime: '2024-05-06 07:08',
  FollowUpBy: 'E2',
};

describe.skipIf(!bed.enabled)('SeeThePro client (DataContractSerializer) against .NET', () => {
  it.each(['json', 'xml'] as const)('creates an interaction in %s', async (format) => {
    const client = stp.createClient({ baseUrl: bed.baseUrl, format });
    const raw = await client.$raw.vspinteractionCreate({ ...vsp, TenantKey: 'f4528424-7736-4037-8c10-45fe6f1f5754' });
    expect(raw.status).toBe(200);
    expect(raw.headers['content-type']).toContain(format === 'json' ? 'application/json' : 'application/xml');
    expect(raw.result).toEqual({
      InteractionId: 'VSP-call 42/ä',
      CampaignKey: vsp.AccountId,
      InteractionUrl: `https://vsp.example.test/i/${encodeURIComponent('call 42/ä')}?contact=${vsp.ContactId}`,
    });
    const call = await lastCall(bed.baseUrl, 'vspinteraction');
    expect(call?.protocol).toBe(format === 'json' ? 'Json' : 'Xml');
    // Alphabetical (DataContract) order matters: out-of-order elements would be dropped by .NET.
    expect(call?.values.TenantKey).toBe('f4528424-7736-4037-8c10-45fe6f1f5754');
    expect(call?.values.InteractionName).toBe('First call');
  });

  it.each(['json', 'xml'] as const)('a ModelState 400 (%s) is an ApiError with typed field errors', async (format) => {
    const client = stp.createClient({ baseUrl: bed.baseUrl, format });
    const { AppAccessKey: _, ...noKey } = vsp;
    const err = await client.vspinteractionCreate(noKey as typeof vsp, { validate: false }).catch((e: unknown) => e);
    // The page documents no status codes, but the body is ASP.NET's model validation answer.
    expect(err).toBeInstanceOf(stp.ApiError);
    const e = err as InstanceType<typeof stp.ApiError>;
    expect(e.status).toBe(400);
    expect(e.apiMessage).toBe('The request is invalid.');
    expect(Object.keys(e.fieldErrors)).toEqual(['model.AppAccessKey']);
    expect(Object.keys(e.requestErrors)).toEqual(['body.AppAccessKey']);
  });

  it('a wrong key is an HttpError 401', async () => {
    const client = stp.createClient({ baseUrl: bed.baseUrl });
    const err = await client.vspinteractionCreate({ ...vsp, AppAccessKey: 'nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(stp.HttpError);
    expect((err as { status: number }).status).toBe(401);
  });
});

describe.skipIf(!bed.enabled)('Caliq client (XmlSerializer) against .NET', () => {
  it.each(['json', 'xml'] as const)('creates an interaction in %s and reads the issues', async (format) => {
    const client = caliq.createClient({ baseUrl: bed.baseUrl, format });
    const result = await client.interactionCreate({ ...interaction, OnDateTime: undefined, Kind: 'X' });
    expect(result).toEqual({
      InteractionAddData: {
        OK: false,
        InteractionCreateIssues: [
          { ID: 1, Message: 'OnDateTime not set; current time used', ExtraData: 'u-1' },
          { ID: 2, Message: 'Customer matched by AccountNo', ExtraData: 'ACC-1' },
          { ID: 3, Message: 'Unknown Kind', ExtraData: 'X' },
        ],
      },
    });
    const call = await lastCall(bed.baseUrl, 'interactioncreate');
    expect(call?.protocol).toBe(format === 'json' ? 'Json' : 'Xml');
    expect(call?.values).toMatchObject({ ChannelID: '2', AccountNo: 'ACC-1', FollowUpBy: 'E2', CustomerID: null });
  });

  it.each(['json', 'xml'] as const)('a ModelState 400 (%s) is an ApiError with fieldErrors', async (format) => {
    const client = caliq.createClient({ baseUrl: bed.baseUrl, format });
    const bad = { ...interaction, AccountNo: 'ACCOUNT-NUMBER-TOO-LONG' };
    // Validated before sending …
    const local = await client.interactionCreate(bad).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(caliq.ValidationError);
    expect((local as InstanceType<typeof caliq.ValidationError>).problems.map((p) => p.path)).toEqual(['body.AccountNo']);
    // … and refused by the server when validation is off.
    const err = await client.interactionCreate(bad, { validate: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(caliq.ApiError);
    const e = err as InstanceType<typeof caliq.ApiError>;
    expect(e.status).toBe(400);
    expect(e.meaning).toBe('Bad Request - parameters supplied cannot be properly interpreted');
    expect(e.apiMessage).toBe('The request is invalid.');
    expect(Object.keys(e.fieldErrors)).toEqual(['model.AccountNo']);
    expect(e.fieldErrors['model.AccountNo'][0]).toMatch(/maximum length of '10'/);
  });

  it.each(['json', 'xml'] as const)('a wrong key (%s) is an ApiError 401 with the documented meaning', async (format) => {
    const client = caliq.createClient({ baseUrl: bed.baseUrl, format });
    const err = await client.interactionCreate({ ...interaction, apiKey: 'wrong' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(caliq.ApiError);
    const e = err as InstanceType<typeof caliq.ApiError>;
    expect(e.status).toBe(401);
    expect(e.meaning).toBe('Not Authorised if supplied api key is not valid');
    expect(e.apiMessage).toBe('Authorization has been denied for this request.');
    expect(e.fieldErrors).toEqual({});
  });

  it('a 503 is an ApiError', async () => {
    const client = caliq.createClient({ baseUrl: bed.baseUrl });
    const err = await client.interactionCreate({ ...interaction, UniqueID: 'unavailable' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(caliq.ApiError);
    expect((err as { status: number }).status).toBe(503);
  });

  it('a time limit aborts the call', async () => {
    const client = caliq.createClient({ baseUrl: bed.baseUrl, timeoutMs: 300 });
    const err = await client.interactionCreate({ ...interaction, UniqueID: 'slow' }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
  });
});
