/**
 * Rebuilds the public documents the triggers keep from their sources: `directory/partners`,
 * `directory/coordinators`, `directory/councils` and `directory/publications` (the first page
 * of `/publications`), with the code the triggers use. Run it once after deploying a new one
 * (a directory is built on the first change of its sources otherwise) or to repair one.
 *
 *   npm run directories:rebuild          # the emulators of `npm start` (demo-spilno)
 *
 * It works on the project the Admin SDK is given (GCLOUD_PROJECT and its credentials, or the
 * emulator hosts). Safe at any time: each rebuild reads its sources as they are.
 */
import { pathToFileURL } from 'node:url';
import { adminTarget } from './lib/admin-target.js';

export async function main(): Promise<number> {
  console.log(`Rebuilding the public directories of ${adminTarget()}…`);
  // Loaded after the environment is set: the Admin SDK reads it when first used.
  const [partners, coordinators, councils, firstPage] = await Promise.all([
    import('../functions/src/organisations/partner-directory.handler.js'),
    import('../functions/src/organisations/coordinator-directory.handler.js'),
    import('../functions/src/councils/council-directory.handler.js'),
    import('../functions/src/publications/first-page-store.js'),
  ]);
  console.log(`  directory/partners: ${await partners.rebuildPartnerDirectory()} entries`);
  console.log(
    `  directory/coordinators: ${await coordinators.rebuildCoordinatorDirectory()} entries`,
  );
  console.log(`  directory/councils: ${await councils.rebuildCouncilDirectory()} entries`);
  console.log(`  directory/publications: ${await firstPage.rebuildFirstPage()} records shown`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
