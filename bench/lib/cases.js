// The messages of the runtime benchmark: the seed operations (SOAP ones against the service's
// Mono `?wsdl` snapshot in bench/wsdl/, Web API ones against JSON.parse/JSON.stringify), a list
// of 1,000 ChatRequest records and a deeply nested tree (bench/wsdl/BenchService.wsdl).

/** SOAP 1.1 envelope as ASP.NET (Mono) writes responses, around a body element. */
export function monoEnvelope(bodyXml) {
  return (
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>' +
    bodyXml +
    '</soap:Body></soap:Envelope>'
  );
}

/** `n` ChatRequest records with varied, realistic values. */
export function chatRequests(n) {
  const first = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Fabio', 'Gloria', 'Hugo'];
  const last = ['Silva', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira', 'Rodrigues'];
  const out = [];
  for (let i = 0; i < n; i++) {
    const d = (h) => `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
    const f = first[i % first.length];
    const l = last[i % last.length];
    out.push({
      IdRequest: 100000 + i,
      CaseNumber: 5000000 + i * 7,
      CreationDate: d(9),
      IdQueue: 10 + (i % 12),
      KeepAliveRouterDate: d(10),
      AssignAgentRouterDate: d(11),
      IdConnection: 700000 + i,
      IdRequestTransfer: i % 5 === 0 ? 0 : 900000 + i,
      UserName: f,
      UserLastName: l,
      UserEmail: `${f}.${l}${i}@example.com`.toLowerCase(),
      UserOffsetTime: -180,
      EncryptedChatRequestId: `q${(i * 2654435761 >>> 0).toString(36)}Zx9${i.toString(36)}==`,
    });
  }
  return out;
}

/** A chain of TreeNode records `depth` levels deep. */
export function tree(depth) {
  let node;
  for (let d = depth - 1; d >= 0; d--) {
    node = { Depth: d, Label: `level ${d} & more`, Weight: d / 8, ...(node ? { Child: node } : {}) };
  }
  return node;
}

export const LIST_SIZE = 1000;
export const TREE_DEPTH = 200;

/**
 * SOAP cases: `pkg` names a transpiled svcgen package, `method` its client method, `wsdl` the file
 * node-soap reads, `request`/`response` build the typed values (from the package's fixtures
 * where the seed gives them).
 */
export const SOAP_CASES = [
  { name: 'plusventa CreateInteraction (seed 000)', pkg: 'plusventa', method: 'createInteraction', wsdl: 'PlusventaServiceV2.wsdl', fromFixtures: true },
  { name: 'tpclient GetChatRequestByConnectionId (seed 003)', pkg: 'tpclient', method: 'getChatRequestByConnectionId', wsdl: 'TPClientWebServicesAPI.wsdl', fromFixtures: true },
  { name: 'xweb InsertFacadeObject (seed 004)', pkg: 'xweb', method: 'insertFacadeObject', wsdl: 'netForumXML.wsdl', fromFixtures: true },
  {
    name: `${LIST_SIZE.toLocaleString('en')} ChatRequest records`,
    pkg: 'BenchService',
    method: 'getChatRequests',
    wsdl: 'BenchService.wsdl',
    request: () => ({ Requests: chatRequests(LIST_SIZE) }),
    response: () => ({ GetChatRequestsResult: chatRequests(LIST_SIZE) }),
  },
  {
    name: `deep nesting (${TREE_DEPTH} levels)`,
    pkg: 'BenchService',
    method: 'echoTree',
    wsdl: 'BenchService.wsdl',
    request: () => ({ root: tree(TREE_DEPTH) }),
    response: () => ({ EchoTreeResult: tree(TREE_DEPTH) }),
  },
];

/** Web API seeds: svcgen's JSON writer/reader against JSON.stringify/JSON.parse. */
export const JSON_CASES = [
  { name: 'seethepro VspinteractionCreate (seed 001)', pkg: 'seethepro', method: 'vspinteractionCreate' },
  { name: 'caliq InteractionCreate (seed 002)', pkg: 'caliq', method: 'interactionCreate' },
];

/**
 * The value in node-soap's object shape: a wrapped array (`ArrayOfX`) is an object holding the
 * item element's name, as node-soap reads and writes it.
 */
export function toNodeSoapShape(desc, value) {
  if (value === null || typeof value !== 'object' || typeof desc !== 'object' || desc.kind !== 'complex') return value;
  const out = {};
  for (const f of desc.fields) {
    const v = value[f.key];
    if (v === undefined) continue;
    if (f.array && f.item) out[f.key] = { [f.item.name]: v.map((x) => toNodeSoapShape(f.type, x)) };
    else if (f.array) out[f.key] = v.map((x) => toNodeSoapShape(f.type, x));
    else out[f.key] = toNodeSoapShape(f.type, v);
  }
  return out;
}

/** Concatenated character data of an XML text (tags dropped, entities left as written). */
export function textContent(xml) {
  return xml.replace(/<\?[^>]*\?>/g, '').replace(/<[^>]*>/g, '');
}
