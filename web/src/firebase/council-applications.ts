import { collection, onSnapshot, query, where, type Query } from 'firebase/firestore';
import {
  councilApplicationSchema,
  type CouncilApplication,
} from '@domain/schemas/council-application.schema.js';
import { typed } from './typed.js';
import { firestore, millis, type Unsubscribe } from './firestore.js';

/**
 * Applications to join an Expert Council (`councils/{id}/applications`), read through their
 * schema: all of a council's for its chair and the Secretariat, a person's own for the
 * applicant (the rules let each read no more). Made and decided through `councilAction`.
 */
export type ApplicationView = Omit<CouncilApplication, 'createdAt' | 'decidedAt'> & {
  id: string;
  createdAt: number;
  decidedAt: number | null;
};

const applications = (councilId: string) =>
  collection(firestore(), 'councils', councilId, 'applications').withConverter(
    typed(councilApplicationSchema),
  );

function listen(
  source: Query<CouncilApplication>,
  next: (items: ApplicationView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) =>
      next(
        snapshot.docs
          .map((d) => {
            const data = d.data();
            return {
              ...data,
              id: d.id,
              createdAt: millis(data.createdAt) ?? 0,
              decidedAt: millis(data.decidedAt) ?? null,
            };
          })
          .sort((a, b) => b.createdAt - a.createdAt),
      ),
    fail,
  );
}

/** Every application to the council (its chair and the Secretariat). */
export const watchApplications = (
  councilId: string,
  next: (items: ApplicationView[]) => void,
  fail: (error: Error) => void,
) => listen(applications(councilId), next, fail);

/** The person's own applications to the council. */
export const watchOwnApplications = (
  councilId: string,
  uid: string,
  next: (items: ApplicationView[]) => void,
  fail: (error: Error) => void,
) => listen(query(applications(councilId), where('uid', '==', uid)), next, fail);
