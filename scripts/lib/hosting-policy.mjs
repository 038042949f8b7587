// The Content-Security-Policy that firebase.json gives every page is production's
// (functions/src/domain/page-policy.ts says what it allows and why). The stacks that serve the
// site on the emulators (npm start, the test stack) give Hosting the emulator policy instead,
// whose connect-src names the Auth and Firestore emulators on 127.0.0.1.
import { emulatorPolicy } from '../../functions/src/domain/page-policy.ts';

/**
 * The origins the web client reaches on the emulators with these ports.
 * @param {{ auth: number, firestore: number }} ports
 */
export function emulatorOrigins(ports) {
  return [`http://127.0.0.1:${ports.auth}`, `http://127.0.0.1:${ports.firestore}`];
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
          ? { ...header, value: emulatorPolicy(header.value, emulatorOrigins(ports)) }
          : header,
      ),
    })),
  };
}
