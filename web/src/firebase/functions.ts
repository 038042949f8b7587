import {
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type Functions,
} from 'firebase/functions';
import { emulatorHost, firebaseApp, FUNCTIONS_REGION, usingEmulators } from './app.js';

let functions: Functions | undefined;

function functionsInstance(): Functions {
  if (functions) return functions;
  functions = getFunctions(firebaseApp(), FUNCTIONS_REGION);
  if (usingEmulators) {
    const { host, port } = emulatorHost(import.meta.env.VITE_FUNCTIONS_EMULATOR_HOST, 5001);
    connectFunctionsEmulator(functions, host, port);
  }
  return functions;
}

/**
 * Calls a callable function (`reportAction`, `adminSetRole`…). A refusal arrives as the
 * SDK's FunctionsError, whose `code` and Ukrainian `message` come from the server.
 */
export async function callFunction<Request, Response>(
  name: string,
  request: Request,
): Promise<Response> {
  const callable = httpsCallable<Request, Response>(functionsInstance(), name);
  return (await callable(request)).data;
}
