/**
 * A function's handler, loaded on its first call. Registration modules import only
 * firebase-functions and this; the Admin SDK, zod and the domain load when a request comes,
 * so that loading the codebase (every function's cold start) stays fast.
 */
export function lazy<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): Module[Name] {
  let loaded: Promise<Module> | undefined;
  const handler = async (...args: unknown[]) => {
    const module = await (loaded ??= load());
    return (module[name] as (...parameters: unknown[]) => unknown)(...args);
  };
  return handler as Module[Name];
}
