import {
  collection,
  deleteDoc,
  doc,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { templateFrom, type TemplateView } from '../reports/report-view.js';
import { responseTemplateConverter } from './converters.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { viewsThatFit } from './read-helpers.js';

/**
 * The Secretariat's response templates (`responseTemplates/{templateId}`): picked when
 * answering a report, kept by staff on their own page.
 */
export function watchTemplates(
  kind: string | null,
  onChange: (templates: TemplateView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const base = collection(firestore(), 'responseTemplates').withConverter(
    responseTemplateConverter,
  );
  return onSnapshot(
    kind ? query(base, where('kind', '==', kind)) : base,
    (snapshot) => onChange(viewsThatFit(snapshot.docs, templateFrom)),
    onError,
  );
}

/** Staff keep the templates (rules: exactly title, kind, text, updatedBy, updatedAt). */
export async function saveTemplate(
  templateId: string | null,
  template: { title: string; kind: string; text: string },
  uid: string,
): Promise<void> {
  const data = { ...template, updatedBy: uid, updatedAt: serverTimestamp() };
  if (templateId) await updateDoc(doc(firestore(), 'responseTemplates', templateId), data);
  else await setDoc(doc(collection(firestore(), 'responseTemplates')), data);
}

export async function deleteTemplate(templateId: string): Promise<void> {
  await deleteDoc(doc(firestore(), 'responseTemplates', templateId));
}
