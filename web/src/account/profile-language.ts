import { currentLanguage, setLanguage } from '../i18n/i18n.js';
import { withTimeout } from '../ui/action-runner.js';

/** How long signing in waits for the profile before going on in the language it has. */
const PROFILE_WAIT_MS = 8_000;

/**
 * The language a person chose in their profile becomes the interface's when they sign in,
 * on whatever device (which then remembers it). Read once, at sign-in: a later choice with the
 * switch in the header stays this device's own. A profile that cannot be read in time changes
 * nothing; signing in goes on.
 */
export async function applyProfileLanguage(uid: string): Promise<void> {
  try {
    const store = await import('../firebase/reads.js');
    const profile = await withTimeout(store.getProfile(uid), PROFILE_WAIT_MS);
    if (profile && profile.language !== currentLanguage()) await setLanguage(profile.language);
  } catch (error) {
    console.error(error);
  }
}
