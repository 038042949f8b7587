/**
 * The emulator hub's switch for background triggers (`firebase emulators:exec` sets
 * FIREBASE_EMULATOR_HUB). With them off, the outbox is left as the code under test writes it:
 * the deployed `deliverMail` trigger does not send, as it would not with the Trigger Email
 * extension in charge. Only for serial tests: it stops every trigger of the stack.
 */
async function hub(path: string): Promise<void> {
  const address = process.env.FIREBASE_EMULATOR_HUB;
  if (!address) throw new Error('FIREBASE_EMULATOR_HUB is not set: run through `npm test`.');
  const response = await fetch(`http://${address}${path}`, { method: 'PUT' });
  if (!response.ok) throw new Error(`Emulator hub ${path}: ${response.status}`);
}

export const backgroundTriggers = {
  disable: () => hub('/functions/disableBackgroundTriggers'),
  enable: () => hub('/functions/enableBackgroundTriggers'),
};
