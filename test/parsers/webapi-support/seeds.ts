import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../../helpers/data.js';
import type { PageSpec, RowSpec } from './render.js';

/** Reads a file by its path relative to the repository root. */
export const readRepo = (rel: string): string => readFileSync(path.join(REPO, rel), 'utf8');

/** The Web API seeds, as repository paths. */
export const SEED1 = 'specs/seethepro/001_4162bf955ea22d00.txt';
export const SEED2 = 'specs/caliq/002_4b29a305a994e0e0.txt';
/** The help pages of test/data/, as a repository path with a trailing slash. */
export const HELPPAGES_DIR = 'test/data/helppages/';

/** The line of a seed that starts with `prefix` (used to reuse its verbatim samples). */
export function seedLine(rel: string, prefix: string): string {
  const line = readRepo(rel)
    .split(/\r?\n/)
    .find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no line starting with ${prefix} in ${rel}`);
  return line;
}

const req = (name: string, type: string, ...annotations: string[]): RowSpec => ({ name, type, annotations });

/** Seed 001 as read by eye from the page. */
export function seed1Page(): PageSpec {
  const dc = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models"';
  return {
    heading: 'POST api/vspinteraction/create',
    uri: [],
    body: {
      typeText: 'CreateVspInteraction',
      rows: [
        req('AppAccessKey', 'string', 'Required'),
        req('InteractionIdentity', 'string', 'Required'),
        req('InteractionName', 'string', 'Required'),
        req('AccountId', 'globally unique identifier', 'Required'),
        req('ContactId', 'globally unique identifier', 'Required'),
        req('TenantKey', 'globally unique identifier'),
        req('GroupKey', 'globally unique identifier'),
      ],
    },
    requestSamples: [
      {
        mediaTypes: 'application/json, text/json',
        text: JSON.stringify(
          {
            AppAccessKey: 'sample string 1',
            InteractionIdentity: 'sample string 2',
            InteractionName: 'sample string 3',
            AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7',
            ContactId: '3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0',
            TenantKey: 'f4528424-7736-4037-8c10-45fe6f1f5754',
            GroupKey: 'fbd003c1-c221-4316-8569-b66b1a48d66c',
          },
          null,
          2,
        ),
      },
      { mediaTypes: 'application/xml, text/xml', text: seedLine(SEED1, '<CreateVspInteraction ') },
      { mediaTypes: 'application/x-www-form-urlencoded', text: null },
    ],
    resource: {
      typeText: 'VspInteraction',
      rows: [req('InteractionId', 'string'), req('CampaignKey', 'string'), req('InteractionUrl', 'string')],
    },
    responseSamples: [
      {
        mediaTypes: 'application/json, text/json',
        text: '{\n  "InteractionId": "sample string 1",\n  "CampaignKey": "sample string 2",\n  "InteractionUrl": "sample string 3"\n}',
      },
      {
        mediaTypes: 'application/xml, text/xml',
        text: `<VspInteraction ${dc}>\n  <CampaignKey>sample string 2</CampaignKey>\n  <InteractionId>sample string 1</InteractionId>\n  <InteractionUrl>sample string 3</InteractionUrl>\n</VspInteraction>`,
      },
    ],
  };
}

const row = (name: string, description: string, type: string, ...annotations: string[]): RowSpec => ({
  name,
  description,
  type,
  annotations,
});

/** Seed 002's body rows, as read from the page. */
export const SEED2_ROWS: readonly RowSpec[] = [
  row('apiKey', 'Please contact Caliq support to get your key', 'string', 'Required'),
  row('ChannelID', 'List of channels can be retrieved via API', 'integer', 'Required'),
  row('CustomerID', 'Caliq internal unique customer identifier. Required if AccountNo not set', 'integer'),
  row('AccountNo', 'User entered unique customer account number. Required if CustomerID not set', 'string', 'Required', 'Max length: 10'),
  row('ContactID', 'Caliq internal unique contact identifier of the person the interaction was with', 'integer'),
  row('UniqueID', 'GUID for this call to uniquely identify it. Must be set', 'string', 'Required'),
  row('Kind', 'Interaction type (C)all, (E)mail, (V)isit', 'string', 'Required', 'Max length: 1'),
  row('ContactedBy', 'Employee ID of the person interacting with the customer', 'string', 'Required', 'Max length: 10'),
  row('ContactedFirstName', 'If ContactID is not set, first name of person interacted with', 'string', 'Required', 'Max length: 50'),
  row('ContactedSurname', 'If ContactID is not set, surname of person interacted with', 'string', 'Required', 'Max length: 50'),
  row('OnDateTime', 'Date/time the interaction took place', 'string'),
  row('Notes', 'Notes of the interaction', 'string'),
  row('FollowUpDateTime', 'Date/time of any follow up. Leave blank if no follow up', 'string'),
  row('FollowUpBy', 'Employee ID of the person to follow up with the customer. Leave empty if no follow up', 'string', 'Required', 'Max length: 10'),
  row('FollowUpNotes', 'Follow Up Notes', 'string'),
];

/** Seed 002 as read by eye from the page (its samples reused verbatim). */
export function seed2Page(): PageSpec {
  return {
    heading: 'POST api/v1/InteractionCreate',
    description: 'Create a new customer interaction in Caliq. Must be created on an already existing customer',
    uri: [],
    body: { typeText: 'InteractionCreateParams', rows: SEED2_ROWS },
    requestSamples: [
      { mediaTypes: 'application/json, text/json', text: seedLine(SEED2, '{ "apiKey"') },
      { mediaTypes: 'application/xml, text/xml', text: seedLine(SEED2, '<InteractionCreateParams ') },
    ],
    resource: {
      doc: ['Returns:', '200 OK', '400 Bad Request - parameters supplied cannot be properly interpreted', '401 Not Authorised if supplied api key is not valid', '503 Service Unavailable'],
      rows: [{ name: 'InteractionAddData', type: 'InteractionAddData', annotations: [] }],
    },
    responseSamples: [
      { mediaTypes: 'application/json, text/json', text: seedLine(SEED2, '{ "InteractionAddData"') },
      { mediaTypes: 'application/xml, text/xml', text: seedLine(SEED2, '<InteractionAddResults ') },
    ],
  };
}
