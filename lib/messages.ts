/**
 * Every message between the extension's scripts, as zod schemas. Anything that does not parse,
 * or does not come from this extension, is ignored.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const CASE_KINDS = ['reablement', 'ras', 'carers-assessment', 'carers-review'] as const;

export const MessageSchema = z.discriminatedUnion('type', [
  /** detector → background: a supported Mosaic page is open in this frame; load the sidebar. */
  z.object({ type: z.literal('inject-sidebar') }),
  /** any → background: the effective settings (policy over the user's over defaults). */
  z.object({ type: z.literal('get-settings') }),
  /** sidebar → background: is there a Carers Review case waiting for this person? */
  z.object({ type: z.literal('has-waiting-review'), personId: z.string().regex(/^\d{1,12}$/) }),
  /** sidebar → background: "Track this case". */
  z.object({
    type: z.literal('track-case'),
    personId: z.string().regex(/^\d{1,12}$/),
    name: z.string().max(200),
    kind: z.enum(CASE_KINDS),
    allocated: isoDate.nullable(),
  }),
  /** sidebar → background: a step was finished with a Carers Review next action. */
  z.object({
    type: z.literal('record-review'),
    personId: z.string().regex(/^\d{1,12}$/),
    name: z.string().max(200),
    scheduledDate: isoDate.nullable(),
    finishedOn: isoDate,
  }),
  /** popup → background: the checklist wrote to the case store; refresh the badge. */
  z.object({ type: z.literal('cases-changed') }),
  /** background → sidebar: show or hide (the keyboard shortcut). */
  z.object({ type: z.literal('toggle-sidebar') }),
  /** background → sidebar: settings changed; re-check. */
  z.object({ type: z.literal('settings-changed') }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export function parseMessage(input: unknown): Message | null {
  const r = MessageSchema.safeParse(input);
  return r.success ? r.data : null;
}
