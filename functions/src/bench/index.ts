/**
 * The benchmarks' functions: every deployed function, and the floor trigger the notification
 * benchmark compares them with. The benchmark's firebase config points the functions emulator
 * here (scripts/lib/bench-stack.ts); production's entry (../index.ts) never registers it.
 */
export * from '../index.js';
export { benchFloor } from './floor.trigger.js';
