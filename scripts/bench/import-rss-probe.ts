/**
 * Loaded with `--import` into the benchmarked CLI process: on exit, writes the process's peak
 * resident memory (`process.resourceUsage().maxRSS`, in kilobytes) to the file named by
 * `OGP_BENCH_RSS_FILE`. The CLI itself knows nothing of the benchmark.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.OGP_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
