/**
 * Every deployed function, by feature. Each module keeps its heavy imports inside handlers
 * so that loading this file stays fast.
 */
import './shared/options.js';

export { adminSetRole } from './users/admin-set-role.callable.js';
export { api } from './http/api.js';
