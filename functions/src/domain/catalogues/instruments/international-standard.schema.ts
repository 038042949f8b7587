import { z } from 'zod';
import { codesOf } from '../catalogue.js';
import { articleOf, INSTRUMENTS, type InstrumentCode } from './instruments.js';

export const instrumentCodeSchema = z.enum(codesOf<InstrumentCode>(INSTRUMENTS), {
  error: 'Оберіть міжнародний документ зі списку',
});

/** An instrument and, optionally, one of its articles from the catalogue. */
export const internationalStandardSchema = z
  .object({
    instrument: instrumentCodeSchema,
    article: z.string().trim().min(1).max(10).optional(),
  })
  .refine((standard) => !standard.article || articleOf(standard.instrument, standard.article), {
    message: 'Оберіть статтю цього документа зі списку',
    path: ['article'],
  });
