import './styles.css';
import { initLanguage } from './i18n/i18n.js';
import { createLayout } from './layout/layout.js';
import { startRouter } from './router/router.js';
import { hasSessionHint, loadAuth } from './session/session.js';

await initLanguage();
const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('index.html has no #app element');
const layout = createLayout(root);
// A public page loads Firebase Auth only if this browser has signed in before.
if (hasSessionHint()) loadAuth().catch((error: unknown) => console.error(error));
startRouter(layout);
