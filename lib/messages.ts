/**
 * Every message between the extension's scripts, as zod schemas. Anything that does not parse,
 * or does not come from this extension, is ignored. Written with zod/mini so that the background
 * does not carry the full zod API (docs/performance.md); nothing here shows a message to people.
 */
import * as z from 'zod/mini';
import { PAGE_KINDS } from './page/kinds';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const personId = z.string().check(z.regex(/^\d{1,12}$/));
const name = z.string().check(z.maxLength(200));
const token = z.string().check(z.regex(/^[a-z0-9]{1,40}$/));
const taughtField = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/));
const taughtText = z.string().check(z.minLength(1), z.maxLength(300));
export const CASE_KINDS = ['reablement', 'ras', 'carers-assessment', 'carers-review'] as const;

export const MessageSchema = z.discriminatedUnion('type', [
  /** detector → background: a supported Mosaic page is open in this frame; load the sidebar. */
  z.object({ type: z.literal('inject-sidebar') }),
  /**
   * sidebar → background → the tab's sidebars: a sidebar is shown in this frame (named by a token
   * of its own); the sidebars of the tab's other frames leave (at most one sidebar in a tab).
   */
  z.object({ type: z.literal('sidebar-shown'), token }),
  /** any → background: the effective settings (policy over the user's over defaults). */
  z.object({ type: z.literal('get-settings') }),
  /** sidebar → background: is there a Carers Review case waiting for this person? */
  z.object({ type: z.literal('has-waiting-review'), personId }),
  /** sidebar → background: "Track this case". */
  z.object({
    type: z.literal('track-case'),
    personId,
    name,
    kind: z.enum(CASE_KINDS),
    allocated: z.nullable(isoDate),
  }),
  /** sidebar → background: a step was finished with a Carers Review next action. */
  z.object({
    type: z.literal('record-review'),
    personId,
    name,
    scheduledDate: z.nullable(isoDate),
    finishedOn: isoDate,
  }),
  /**
   * checklist → background: tick a task done today (`done`) or untick it. The background writes it,
   * so a checklist closed straight after the click (a popup clicked away) still has it saved, and
   * answers with a TickTaskReply.
   */
  z.object({
    type: z.literal('tick-task'),
    caseId: z.string().check(z.minLength(1)),
    taskId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/)),
    done: z.boolean(),
  }),
  /** sidebar → background: the person's open cases, for a step's case panel (lib/steps/replies.ts). */
  z.object({ type: z.literal('person-cases'), personId }),
  /** sidebar → background: "Track this case" on a casework step; adds it, or finds the open one. */
  z.object({
    type: z.literal('track-step-case'),
    personId,
    name,
    kind: z.enum(CASE_KINDS),
    allocated: z.nullable(isoDate),
  }),
  /**
   * sidebar → background: the case panel is shown on a casework step; remembered for the
   * checklist's "Found in Mosaic" while the case is not tracked (lib/db/sightings.ts).
   */
  z.object({
    type: z.literal('step-seen'),
    personId,
    name,
    kind: z.enum(CASE_KINDS),
    stepName: z.string().check(z.minLength(1), z.maxLength(100)),
    allocated: z.nullable(isoDate),
  }),
  /** sidebar → background: tick the tasks a step offered (or untick them: Undo), in one transaction. */
  z.object({
    type: z.literal('tick-tasks'),
    caseId: z.string().check(z.minLength(1), z.maxLength(100)),
    taskIds: z
      .array(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/)))
      .check(z.minLength(1), z.maxLength(20)),
    done: z.boolean(),
  }),
  /** checklist → background: the checklist wrote to the case store, refresh the badge; background → checklists and tabs: the cases changed elsewhere (the sidebar, a tick, the checklist), redraw. */
  z.object({ type: z.literal('cases-changed') }),
  /** background → sidebar: show or hide (the keyboard shortcut). */
  z.object({ type: z.literal('toggle-sidebar') }),
  /** background → sidebar: settings changed; re-check. */
  z.object({ type: z.literal('settings-changed') }),
  /** options → background: the effective settings, the keys fixed by policy and ignored policy keys. */
  z.object({ type: z.literal('get-settings-state') }),
  /** options → background: save the user's settings (checked again by the background). */
  z.object({ type: z.literal('save-settings'), settings: z.record(z.string(), z.unknown()) }),
  /**
   * sidebar → background: keep a question the worker pointed at as a field's label (checked in
   * the sidebar by lib/page/teach.ts; the background adds the date). Replies `{ ok: true }`.
   */
  z.object({
    type: z.literal('teach-label'),
    field: taughtField,
    text: taughtText,
    pageKind: z.enum(PAGE_KINDS),
  }),
  /** sidebar (Undo) or options page (Remove) → background: forget a taught label. */
  z.object({ type: z.literal('forget-taught-label'), field: taughtField, text: taughtText }),
  /** options → background: the taught labels (a TaughtLabel list, lib/settings/taught-labels.ts). */
  z.object({ type: z.literal('get-taught-labels') }),
  /**
   * options → sidebar (tabs.sendMessage to a Mosaic tab): which fields would these label overrides
   * find on this page? The sidebar replies with a PreviewLabelsReply; nothing on the page changes.
   */
  z.object({
    type: z.literal('preview-labels'),
    labelOverrides: z.record(
      z.string().check(z.maxLength(100)),
      z.array(z.string().check(z.maxLength(300))).check(z.maxLength(50)),
    ),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export function parseMessage(input: unknown): Message | null {
  const r = MessageSchema.safeParse(input);
  return r.success ? r.data : null;
}

/** The sidebar's reply to `preview-labels`: for each field id of this page kind, found or not. */
export const PreviewLabelsReplySchema = z.object({
  pageKind: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      found: z.boolean(),
      /** The label text it was found by, when found. */
      label: z.optional(z.nullable(z.string())),
    }),
  ),
});
export type PreviewLabelsReply = z.infer<typeof PreviewLabelsReplySchema>;

/**
 * The background's reply to `tick-task`: saved, or not saved and why (lib/db/errors.ts
 * `StoreFailure`; the checklist words it). Anything else (no reply, the router's `{ error }`) does
 * not parse.
 */
export const TickTaskReplySchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    kind: z.enum(['refused', 'full', 'unavailable', 'other']),
    message: z.string(),
  }),
]);
export type TickTaskReply = z.infer<typeof TickTaskReplySchema>;
