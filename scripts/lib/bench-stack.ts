// The system benchmarks' stack (`npm run bench:notify`, `bench:views`, `bench:burst`,
// `bench:scale`): builds the functions, starts the Auth, Firestore and Functions emulators on
// the test stack's ports (SPILNO_TEST_PORT_OFFSET, as `npm test`) and runs the benchmark's
// runner inside them. Only the runner's figures are shown (lines that start with `bench`, two
// spaces or a table bar); the emulators' output goes to .cache/bench-<name>-<offset>.log.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLocalSecrets, prepareEmulatorEnvironment } from './emulator-environment.mjs';
import { assertPortsFree } from './ports.mjs';
import { step } from './processes.mjs';
import { CACHE_DIR, FIREBASE_BIN, PROJECT_ID, ROOT } from './project.mjs';
import { stackEnv, testPortOffset, writeTestFirebaseConfig } from './test-stack.mjs';

export interface BenchStack {
  /** Names the log file. */
  name: string;
  /** The script run inside the emulators, relative to the repository root. */
  runner: string;
  /**
   * Points the Functions emulator at the benchmarks' entry (functions/src/bench/index.ts):
   * every deployed function plus the floor trigger, which production never registers.
   */
  floorFunctions?: boolean;
  /** Overrides of the functions' test settings (lib/test-stack.mjs). */
  settings?: Record<string, string>;
  /** The emulators to start: Auth, Firestore and Functions unless said otherwise. */
  emulators?: string;
}

/** Runs the benchmark and exits with the runner's code. `--no-build` skips the build. */
export async function runBenchStack(bench: BenchStack): Promise<never> {
  if (!process.argv.includes('--no-build')) {
    await step('Building functions', 'npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
  }
  const offset = testPortOffset();
  const stack = writeTestFirebaseConfig(offset, bench.settings);
  if (bench.floorFunctions) useBenchFunctions(stack.path, offset);
  await assertPortsFree(stack.ports);
  const env = await prepareEmulatorEnvironment({
    projectRoot: ROOT,
    log: (line) => console.log(`  ${line}`),
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  const logPath = join(CACHE_DIR, `bench-${bench.name}-${offset}.log`);
  const log = createWriteStream(logPath);
  console.log(`\n▶ ${bench.name} (emulators start first; their output: ${logPath})`);
  const exec = spawn(
    FIREBASE_BIN,
    [
      'emulators:exec',
      '--config',
      stack.path,
      '--project',
      PROJECT_ID,
      '--only',
      bench.emulators ?? 'auth,firestore,functions',
      `${join(ROOT, 'node_modules', '.bin', 'tsx')} ${bench.runner}`,
    ],
    { cwd: ROOT, env: { ...env, ...stackEnv(stack.ports) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const source of [exec.stdout, exec.stderr]) {
    createInterface({ input: source }).on('line', (line) => {
      log.write(`${line}\n`);
      if (/^(bench| {2}|\||Error|✖)/.test(line)) console.log(line);
    });
  }
  const code = await new Promise<number>((resolve) => exec.on('exit', (c) => resolve(c ?? 1)));
  log.end();
  process.exit(code);
}

/**
 * A functions source of its own for the benchmark: a package whose entry re-exports
 * functions/lib/bench/index.js. Node resolves its packages from the repository's
 * node_modules, as it does for functions/.
 */
function useBenchFunctions(configPath: string, offset: number): void {
  const dir = join(CACHE_DIR, `bench-functions-${offset}`);
  mkdirSync(dir, { recursive: true });
  const functionsPackage = JSON.parse(
    readFileSync(join(ROOT, 'functions', 'package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'spilno-bench-functions',
        private: true,
        type: 'module',
        main: 'index.js',
        dependencies: functionsPackage.dependencies,
      },
      null,
      2,
    )}\n`,
  );
  const entry = relative(dir, join(ROOT, 'functions', 'lib', 'bench', 'index.js'));
  writeFileSync(join(dir, 'index.js'), `export * from './${entry}';\n`);
  ensureLocalSecrets(dir);
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as {
    functions: { source: string }[];
  };
  config.functions[0]!.source = relative(ROOT, dir);
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
}
