import type { Service } from '../../ir/types.js';
import type { EmitOptions, FileMap } from '../index.js';

/** Emits a Web API (REST) package. */
export async function emitRestPackage(service: Service, options: EmitOptions): Promise<FileMap> {
  void service;
  void options;
  throw new Error('internal error: Web API packages are not emitted yet');
}
