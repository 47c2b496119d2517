/**
 * The case panel's messages to the background (lib/messages.ts) and its checked replies
 * (lib/steps/replies.ts). A reply that does not parse is treated as the checklist not answering.
 */
import type { Message, MessageOf } from '@/lib/messages';
import type { PanelCase } from '@/lib/db/steps';
import {
  parseCasesReply,
  parseTickReply,
  parseTrackReply,
  type TickTasksReply,
  type TrackStepReply,
} from '@/lib/steps/replies';

const NOT_REACHED = 'The checklist could not be reached. Try again.';

async function send(msg: Message): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(msg);
  } catch {
    return null;
  }
}

/** The person's open cases, or null when the checklist did not answer. */
export async function personCases(personId: string): Promise<PanelCase[] | null> {
  if (!/^\d{1,12}$/.test(personId)) return [];
  return parseCasesReply(await send({ type: 'person-cases', personId }));
}

/** The case panel is shown: remembered for the checklist's "Found in Mosaic" while untracked. */
export async function stepSeen(msg: Omit<MessageOf<'step-seen'>, 'type'>): Promise<void> {
  await send({ type: 'step-seen', ...msg });
}

export async function trackStepCase(
  msg: Omit<MessageOf<'track-step-case'>, 'type'>,
): Promise<TrackStepReply> {
  return (
    parseTrackReply(await send({ type: 'track-step-case', ...msg })) ?? {
      ok: false,
      errors: [{ field: '', message: NOT_REACHED }],
    }
  );
}

export async function tickTasks(
  caseId: string,
  taskIds: string[],
  done: boolean,
): Promise<TickTasksReply> {
  return (
    parseTickReply(await send({ type: 'tick-tasks', caseId, taskIds, done })) ?? {
      ok: false,
      message: NOT_REACHED,
    }
  );
}
