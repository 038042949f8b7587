/**
 * zod as the web client's bundle sees it (vite.config.ts resolves `zod` here): the same
 * library, set never to compile parsers with `new Function`. The pages' Content-Security-
 * Policy forbids eval, and zod's own probe for it, though caught, would be reported as a
 * violation. Set here, before any module that imports zod defines a schema.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
