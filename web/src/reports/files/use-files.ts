import type { FileHolder } from '../../firebase/files.js';
import { useLive, type Loaded } from '../../ui/use-data.js';
import type { AttachmentView } from '../report-view.js';

/**
 * The files of a report, proposal, meeting or note, followed while the component is shown
 * (none when there is no holder). The Firestore code comes when first needed.
 */
export function useFiles(holder: FileHolder | null, holderId: string | null | undefined) {
  return useLive<AttachmentView[]>(
    async (next, fail) => {
      if (!holder || !holderId) {
        next([]);
        return () => undefined;
      }
      return (await import('../../firebase/files.js')).watchFiles(holder, holderId, next, fail);
    },
    [holder, holderId],
  ) satisfies Loaded<AttachmentView[]>;
}
