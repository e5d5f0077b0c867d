/**
 * Loaded with `--import` into the benchmarked CLI process: on exit, writes the process's peak
 * resident memory (`process.resourceUsage().maxRSS`, in kilobytes) to the file named by
 * `OGP_BENCH_RSS_FILE`, and its CPU time (user + system, milliseconds) to `OGP_BENCH_CPU_FILE`:
 * on a shared machine the wall time counts other processes' turns, the CPU time does not.
 * The CLI itself knows nothing of the benchmark.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.OGP_BENCH_RSS_FILE;
const cpuFile = process.env.OGP_BENCH_CPU_FILE;
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (file) writeFileSync(file, String(usage.maxRSS));
  if (cpuFile) writeFileSync(cpuFile, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
});
