import { setGlobalOptions } from 'firebase-functions/options';

/** Warsaw is the closest region to Ukraine; everything runs there. */
export const REGION = 'europe-central2';

setGlobalOptions({ region: REGION, maxInstances: 20, memory: '256MiB', timeoutSeconds: 60 });
