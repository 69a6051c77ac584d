/**
 * Decides, in an interop test file, whether the real ASP.NET test bed can be used.
 *
 * Usage:
 *   const bed = interopBed();
 *   describe.skipIf(!bed.enabled)('…', () => { … bed.baseUrl … });
 *
 * - servers running (started by global-setup.ts, or SVCGEN_INTEROP_URL) -> enabled
 * - unavailable and CI=true -> throws, so the file fails loudly
 * - unavailable outside CI -> disabled; a message with the install command is printed once
 */
import { inject } from 'vitest';
import { INSTALL_COMMAND } from './server.js';

export interface InteropBed {
  enabled: boolean;
  /** Base URL without trailing slash ('' when disabled). */
  baseUrl: string;
  /** Why the bed is disabled. */
  reason?: string;
}

let warned = false;

export function interopBed(): InteropBed {
  const fromEnv = process.env.SVCGEN_INTEROP_URL ?? '';
  const baseUrl = (inject('interopBaseUrl') ?? '') || fromEnv.replace(/\/+$/, '');
  if (baseUrl !== '') return { enabled: true, baseUrl };
  const reason = inject('interopUnavailable') || 'interop global setup did not run (see vitest.config.ts)';
  if (process.env.CI === 'true') {
    throw new Error(`Interop test bed unavailable in CI: ${reason}. Install with: ${INSTALL_COMMAND}`);
  }
  if (!warned) {
    warned = true;
    console.warn(`[interop] tests SKIPPED: ${reason}. To run them: ${INSTALL_COMMAND}`);
  }
  return { enabled: false, baseUrl: '', reason };
}

/** Reads the JSON record of the last call a void service received (`/_interop/last.ashx`). */
export async function lastCall(baseUrl: string, service: string): Promise<LastCall | null> {
  const res = await fetch(`${baseUrl}/_interop/last.ashx?service=${encodeURIComponent(service)}`);
  if (res.status !== 200) throw new Error(`last.ashx answered ${res.status}`);
  return (await res.json()) as LastCall | null;
}

/** Forgets the recorded calls of `service`. */
export async function clearCalls(baseUrl: string, service: string): Promise<void> {
  await fetch(`${baseUrl}/_interop/last.ashx?service=${encodeURIComponent(service)}&clear=1`);
}

/** Shape written by App_Code/CallStore.cs. */
export interface LastCall {
  sequence: number;
  protocol: 'Soap11' | 'Soap12' | 'HttpGet' | 'HttpPost' | 'Json' | 'Xml' | 'Unknown';
  httpMethod: string;
  contentType: string;
  soapAction: string;
  receivedAt: string;
  values: Record<string, string | null>;
}
