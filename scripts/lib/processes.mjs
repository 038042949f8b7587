// Small helpers to run the project's commands from the orchestration scripts.
import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited output and resolves with its exit code.
 * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<number>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Runs a step and exits the process with its code when it fails.
 * @param {string} title @param {string} command @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export async function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${title} failed (exit code ${code})`);
    process.exit(code);
  }
}

/**
 * Waits until an HTTP endpoint answers at all (any status).
 * @param {string} url @param {number} timeoutMs
 */
export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}
