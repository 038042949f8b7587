import './styles.css';
import { render } from 'preact';
import { App } from './app.js';
import { initLanguage } from './i18n/i18n.js';
import { registerAppShell } from './offline/register-worker.js';
import { startRouter } from './router/router.js';

// The pages' text comes with the language, before the first render.
await initLanguage(null, ['pages']);
const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('app/index.html has no #app element');
render(<App />, root);
startRouter();
registerAppShell();
