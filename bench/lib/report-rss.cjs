// Preloaded into a measured child process where GNU time is missing: writes the process's peak
// resident set size (kB) to the file named by SVCGEN_BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
const file = process.env.SVCGEN_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
