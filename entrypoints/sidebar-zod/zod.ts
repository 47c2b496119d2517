/**
 * The parts of zod/mini the extension's code calls, for the zod libraries script: the sidebar takes
 * `zod/mini` from there (../sidebar-libraries/names.ts), and a whole namespace would bring all of zod's locales. A part
 * missing here fails the sidebar as it starts (its schemas are made when its modules load), which
 * every browser test would show.
 */
export {
  _default,
  array,
  boolean,
  discriminatedUnion,
  enum,
  gte,
  int,
  length,
  literal,
  lte,
  maxLength,
  minLength,
  NEVER,
  nullable,
  number,
  object,
  optional,
  pipe,
  record,
  refine,
  regex,
  string,
  superRefine,
  transform,
  trim,
  union,
  unknown,
} from 'zod/mini';
