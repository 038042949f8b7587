import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Server code run outside the Functions emulator (the seed, the local scheduler) reads its
 * params from the environment; give it functions/.env, without overriding what is already set.
 */
export function loadFunctionsEnv(root = process.cwd()): void {
  const settings = parseEnv(readFileSync(join(root, 'functions', '.env'), 'utf8'));
  for (const [key, value] of Object.entries(settings)) process.env[key] ??= value;
}
