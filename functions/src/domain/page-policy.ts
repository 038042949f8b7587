/**
 * The headers every page of the site carries (docs/SECURITY.md). Hosting sends them with every
 * page (firebase.json `hosting.headers`, source `**`, which a unit test keeps equal to this
 * list), and the functions that answer with pages themselves (`publicPages`) send them too: a
 * function's own address is reachable without Hosting, and its page must not be framed there
 * either.
 *
 * The Content-Security-Policy is production's: the web client talks to its own origin (pages,
 * `/api`, callables under `/api/call`) and to Google's Firestore and Auth endpoints. On the
 * emulators it talks to the Auth and Firestore emulators on 127.0.0.1 over plain HTTP instead,
 * so the local stacks put those in `connect-src` and drop `upgrade-insecure-requests` (which
 * would turn every plain-HTTP request to the emulators into a failing HTTPS one).
 */
export const PAGE_HEADERS: readonly { readonly key: string; readonly value: string }[] = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self' https://firestore.googleapis.com https://identitytoolkit.googleapis.com https://securetoken.googleapis.com",
      "frame-src 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "manifest-src 'self'",
      "worker-src 'self'",
      'upgrade-insecure-requests',
    ].join('; '),
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** A policy's directives → their values, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

export function formatPolicy(directives: ReadonlyMap<string, readonly string[]>): string {
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * The policy for a stack on the emulators, whose client reaches these origins (the Auth and
 * Firestore emulators, e.g. `http://127.0.0.1:9099`) besides its own.
 */
export function emulatorPolicy(policy: string, emulatorOrigins: readonly string[]): string {
  const directives = parsePolicy(policy);
  directives.set('connect-src', ["'self'", ...emulatorOrigins]);
  directives.delete('upgrade-insecure-requests');
  return formatPolicy(directives);
}

/**
 * The page headers as a function sends them: production's, or, given the emulators' origins,
 * with the emulator policy.
 */
export function pageHeaders(emulatorOrigins: readonly string[] | null): Record<string, string> {
  return Object.fromEntries(
    PAGE_HEADERS.map(({ key, value }) => [
      key,
      emulatorOrigins && key === 'Content-Security-Policy'
        ? emulatorPolicy(value, emulatorOrigins)
        : value,
    ]),
  );
}
