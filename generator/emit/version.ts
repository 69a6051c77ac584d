/**
 * Package versions that follow the service: each package stores its service's IR beside it
 * (`ir.json`, without diagnostics) and its `package.json` version moves by semver only when that
 * IR changes: major for a change that breaks callers, minor for additions, patch for any other
 * change. Source locations and spec file names are not compared, so moving text around in a spec
 * keeps the version. Same specs give the same `ir.json` and version, so `generate --check` is stable.
 * A stored `ir.json` of an older IR format is upgraded before comparing (`ir/upgrade.ts`): a
 * change of the IR's own shape never moves a version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparable, diffServices, type Change } from '../ir/diff.js';
import type { Service } from '../ir/types.js';
import { serializeIr, storedForm, upgradeIr } from '../ir/upgrade.js';

/** The IR file stored in every package. */
export const IR_FILE = 'ir.json';
export const FIRST_VERSION = '1.0.0';

/**
 * The stored form of a service's IR (diagnostics left out: they are not part of the service):
 * compact JSON with each member of the service on its own line and each type and operation on its
 * own line, so a change to the service shows in a line diff as the types and operations it touched.
 * Written in the compact form of IR format 3 (`storedForm` in ir/upgrade.ts: short source
 * locations, fields without their default members). Samples are stored as text: their parsed
 * `tree` is derived from the text, would double the file, and is only read by the emitters of the
 * same run.
 */
export function irFileText(service: Service): string {
  const { diagnostics: _d, ...rest } = service;
  const members = Object.entries(serializeIr({ ...rest, diagnostics: [] }) as Record<string, unknown>).map(([key, value]) => {
    const text = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null) ? `[\n${value.map((v) => JSON.stringify(v, storedForm)).join(',\n')}\n]` : JSON.stringify(value, storedForm);
    return text === undefined ? undefined : `${JSON.stringify(key)}:${text}`;
  });
  return `{\n${members.filter((m) => m !== undefined).join(',\n')}\n}\n`;
}

export interface VersionPlan {
  readonly version: string;
  /** The IR stored in the existing package, when there is one. */
  readonly previous?: Service;
  /** Changes against `previous` (empty when there is none or nothing changed). */
  readonly changes: readonly Change[];
}

/** Decides the version of the package about to be written to `pkgDir`. */
export function planVersion(pkgDir: string, service: Service): VersionPlan {
  const oldVersion = readVersion(join(pkgDir, 'package.json'));
  const previous = readIr(join(pkgDir, IR_FILE));
  if (!previous || !oldVersion) return { version: oldVersion ?? FIRST_VERSION, changes: [], ...(previous ? { previous } : {}) };
  const same = JSON.stringify(comparable(previous)) === JSON.stringify(comparable(service));
  if (same) return { version: oldVersion, previous, changes: [] };
  const changes = diffServices(previous, service);
  return { version: bump(oldVersion, changes), previous, changes };
}

/** Semver bump for a set of changes (at least a patch: the IR did change). */
export function bump(version: string, changes: readonly Change[]): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  const [maj, min, pat] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1, 0, 0];
  if (changes.some((c) => c.kind === 'breaking')) return `${maj + 1}.0.0`;
  if (changes.some((c) => c.kind === 'addition')) return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function readVersion(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const v = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' && /^\d+\.\d+\.\d+/.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a stored IR of any known format version; `undefined` when absent, not a service or of an unknown format. */
export function readIr(path: string): Service | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return upgradeIr(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}
