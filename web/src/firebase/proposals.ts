/**
 * Legislative proposals in the browser, by job: the authors' drafts (proposal-drafts.ts), the
 * proposals and what hangs from them (proposal-documents.ts), and the councils a person sits
 * on (person-councils.ts). The pages import this one module.
 */
export * from './proposal-drafts.js';
export * from './proposal-documents.js';
export * from './person-councils.js';
