import type { Messages } from './uk.js';

type Join<Prefix extends string, Key extends string> = Prefix extends '' ? Key : `${Prefix}.${Key}`;

/** Dotted paths of the catalogue entries that are single strings: `'signIn.heading'`. */
export type MessageKey<T = Messages, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? Join<Prefix, K>
    : T[K] extends readonly string[]
      ? never
      : MessageKey<T[K], Join<Prefix, K>>;
}[keyof T & string];

/** Dotted paths of the catalogue entries that are lists of strings: `'home.steps.items'`. */
export type ListKey<T = Messages, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends readonly string[]
      ? Join<Prefix, K>
      : ListKey<T[K], Join<Prefix, K>>;
}[keyof T & string];
