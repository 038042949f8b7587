// The Content-Security-Policy that firebase.json gives every page is production's: the web
// client talks to its own origin (pages, /api, callables under /api/call) and to Google's
// Firestore and Auth endpoints. On the emulators it talks to the Auth and Firestore emulators
// on 127.0.0.1 over plain HTTP instead, so the stacks that serve it locally (npm start, the
// test stack) rewrite the policy's connect-src, and drop upgrade-insecure-requests, which
// would turn every plain-HTTP request to the emulators into a failing HTTPS one.

/** @param {string} policy @returns {Map<string, string[]>} directive → its values, in order */
export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** @param {Map<string, string[]>} directives */
export function formatPolicy(directives) {
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * The policy for a stack on the emulators with these ports.
 * @param {string} policy @param {{ auth: number, firestore: number }} ports
 */
export function emulatorPolicy(policy, ports) {
  const directives = parsePolicy(policy);
  directives.set('connect-src', [
    "'self'",
    `http://127.0.0.1:${ports.auth}`,
    `http://127.0.0.1:${ports.firestore}`,
  ]);
  directives.delete('upgrade-insecure-requests');
  return formatPolicy(directives);
}

/**
 * firebase.json's hosting section with the emulator policy in its headers.
 * @template {{ headers?: { source: string, headers: { key: string, value: string }[] }[] }} H
 * @param {H} hosting @param {{ auth: number, firestore: number }} ports @returns {H}
 */
export function withEmulatorPolicy(hosting, ports) {
  return {
    ...hosting,
    headers: (hosting.headers ?? []).map((rule) => ({
      ...rule,
      headers: rule.headers.map((header) =>
        header.key.toLowerCase() === 'content-security-policy'
          ? { ...header, value: emulatorPolicy(header.value, ports) }
          : header,
      ),
    })),
  };
}
