/**
 * The messages the sidebar receives (from the background and the options page), checked with
 * zod/mini so that the content script does not carry the full zod API. Each entry is the same as
 * its entry in MessageSchema (lib/messages.ts), which the background and the extension's pages use;
 * tests/unit/sidebar/messages.test.ts checks that both accept and refuse the same messages.
 */
import * as z from 'zod/mini';
import type { MessageOf } from './messages';

export type SidebarMessage =
  | MessageOf<'toggle-sidebar'>
  | MessageOf<'settings-changed'>
  | MessageOf<'cases-changed'>
  | MessageOf<'preview-labels'>
  | MessageOf<'sidebar-shown'>;

let schema: z.ZodMiniType<SidebarMessage> | null = null;

/** Built on first use, not while the sidebar script starts. */
function sidebarMessageSchema(): z.ZodMiniType<SidebarMessage> {
  schema ??= z.discriminatedUnion('type', [
    z.object({ type: z.literal('toggle-sidebar') }),
    z.object({ type: z.literal('settings-changed') }),
    z.object({ type: z.literal('cases-changed') }),
    z.object({
      type: z.literal('sidebar-shown'),
      token: z.string().check(z.regex(/^[a-z0-9]{1,40}$/)),
    }),
    z.object({
      type: z.literal('preview-labels'),
      labelOverrides: z.record(
        z.string().check(z.maxLength(100)),
        z.array(z.string().check(z.maxLength(300))).check(z.maxLength(50)),
      ),
    }),
  ]);
  return schema;
}

/** A message for the sidebar, or null when it is not one (any other message is ignored here). */
export function parseSidebarMessage(input: unknown): SidebarMessage | null {
  const r = sidebarMessageSchema().safeParse(input);
  return r.success ? r.data : null;
}
