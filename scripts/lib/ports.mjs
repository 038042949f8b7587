import { createServer } from 'node:net';

/** @param {number} port @returns {Promise<boolean>} */
function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/**
 * Stops early with a clear message when a port the stack needs is taken, instead of a
 * half-started emulator suite.
 * @param {Record<string, number>} ports
 */
export async function assertPortsFree(ports) {
  const taken = [];
  for (const [name, port] of Object.entries(ports))
    if (!(await isFree(port))) taken.push(`${port} (${name})`);
  if (taken.length) {
    throw new Error(
      `These ports are in use: ${taken.join(', ')}.\n` +
        'Is another `npm start` or `npm test` running? Stop it (Ctrl-C) or free the ports and try again.',
    );
  }
}

export const STACK_PORTS = {
  'Auth emulator': 9099,
  'Firestore emulator': 8080,
  'Functions emulator': 5001,
  'Hosting emulator': 5000,
  'Emulator hub': 4400,
};
export const MAIL_PORTS = { 'SMTP catcher': 1025, 'SMTP catcher web inbox': 1080 };
