/**
 * Part of `npm run build`: formats and compiles the runtime copied into generated packages once,
 * into `dist/runtime.json` (see emit/core/runtime-artifacts.ts); does nothing when it is up to date.
 */
import { ARTIFACTS_FILE, writeRuntimeArtifacts } from './emit/core/runtime-artifacts.js';

const wrote = await writeRuntimeArtifacts();
if (wrote) process.stdout.write(`svcgen: built the runtime into ${ARTIFACTS_FILE}\n`);
