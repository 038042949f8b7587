import { loadSection } from './i18n.js';

/**
 * The unit tests' setup: the pages' text, as the app loads it before its first render
 * (main.tsx), so that a component under test finds its strings.
 */
await loadSection('pages');
