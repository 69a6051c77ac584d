import path from 'node:path';
import type { Service } from '../../ir/types.js';
import { Codes, Diagnostics } from '../../diagnostics.js';
import type { Parser } from '../types.js';
import { Loader } from './loader.js';
import { MessageBuilder } from './messages.js';
import { buildEndpoints, buildOperations } from './operations.js';
import { readPolicy, warnAttachmentBindings } from './policy.js';
import { SchemaBuilder } from './schema.js';
import { readModel, wsdlDoc } from './wsdl-model.js';

export { detectWsdl } from './detect.js';

/**
 * Reads a WSDL 1.1 document (or a bare XML Schema) and everything it imports into a
 * single-source Service: schema types (see `SchemaBuilder`), one operation per portType
 * operation with its SOAP/HTTP bindings, and the ports' addresses. WSDL 2.0 is a SpecError.
 */
export const parseWsdl: Parser = async (spec, options) => {
  const diags = new Diagnostics();
  if (spec.text.trim() === '') diags.fail(Codes.EMPTY, 'the file is empty', { file: spec.file, line: 1, column: 1 });
  const loaded = await new Loader(spec, options, diags).load();
  const schema = new SchemaBuilder(loaded.schemas, diags);
  const built = schema.buildAll();
  const isWsdl = loaded.wsdlDocs.length > 0;
  const model = readModel(isWsdl ? loaded.wsdlDocs : [loaded.main]);
  if (isWsdl) warnAttachmentBindings(loaded.wsdlDocs, diags);
  const mb = new MessageBuilder(model, schema, diags, built);
  const types = mb.fixedTypes();
  const operations = isWsdl ? buildOperations(model, mb, diags) : [];
  const root = loaded.main.root;
  const firstService = model.services[0];
  const name =
    options.serviceName ?? firstService?.name ?? (isWsdl ? model.definitions.name : '') ?? '';
  const policy = isWsdl ? readPolicy(model, loaded.wsdlDocs, diags) : undefined;
  const description = isWsdl ? (wsdlDoc(root) ?? (firstService ? wsdlDoc(firstService.el) : undefined)) : undefined;
  const service: Service = {
    kind: 'service',
    name: name || path.basename(spec.file).replace(/\.[^.]*$/, ''),
    ...(description ? { description } : {}),
    namespace: model.definitions.tns,
    endpoints: isWsdl ? buildEndpoints(model) : [],
    operations,
    types,
    sources: [{ file: spec.file, format: isWsdl ? 'wsdl' : 'xsd' }],
    diagnostics: diags.list,
    ...(policy ? { policy } : {}),
  };
  return service;
};
