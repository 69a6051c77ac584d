/**
 * svcgen's programmatic API: `generate` does what `svcgen generate` does and returns what
 * happened; `loadConfig` finds and checks a configuration; `defineConfig` types one written in
 * TypeScript or JavaScript (`svcgen.config.ts` / `.mjs`).
 */
export { generate, type GenerateOptions, type GenerateResult, type GeneratedPackage, type ProgressEvent } from './api.js';
export { defineConfig, findConfig, loadConfig, UsageError, CONFIG_NAMES, type LoadedConfig, type ResolvedService, type ServiceConfig, type SvcgenConfig, type VersionPolicy } from './config.js';
export { watchGenerate, type WatchOptions } from './watch.js';
export type { Diagnostic } from './ir/types.js';
export { SpecError } from './diagnostics.js';
