// Runs a command-line tool (tsc, cem) in a child process while rollup bundles, so the two use
// both cores; the build waits for it before it finishes and fails with the tool's output if the
// tool fails.
import { spawn } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    // A tool that cannot start is a failed build, not a crash of rollup.
    child.on('error', (error) => resolve({ code: -1, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * @param {string} name what the tool makes, for messages ("declarations", "custom-elements.json")
 * @param {{ command: string, args: string[], cwd: string }} tool
 * @returns {import('rollup').Plugin}
 */
export function alongside(name, { command, args, cwd }) {
  /** @type {Promise<{ code: number | null, output: string }> | undefined} */
  let job;
  return {
    name: `ogp-alongside-${name}`,
    buildStart() {
      job = run(command, args, cwd);
    },
    async writeBundle() {
      if (!job) return;
      const started = job;
      job = undefined;
      const { code, output } = await started;
      if (code !== 0) this.error(`${name} failed (${command} ${args.join(' ')}, exit ${code}):\n${output}`);
    },
  };
}
