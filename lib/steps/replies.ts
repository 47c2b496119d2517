/**
 * The background's replies to the case panel's messages (`person-cases`, `track-step-case`,
 * `tick-tasks`), checked by the sidebar with zod/mini: anything else (no reply, the router's
 * `{ error }`) does not parse and is shown as the checklist not being reached.
 */
import * as z from 'zod/mini';
import type { PanelCase } from '../db/steps';

/** As lib/messages.ts and lib/cases/types.ts (not imported: the sidebar carries neither). */
const CASE_KINDS = ['reablement', 'ras', 'carers-assessment', 'carers-review'] as const;
const STATUSES = ['overdue', 'due-today', 'due-soon', 'upcoming', 'waiting', 'done'] as const;

// Each schema is made when its reply comes (a few a visit), not when the sidebar's scripts are
// evaluated, and only the one that reply needs: the case list's is made when the case panel is
// first drawn, on a slow laptop a task of its own with the drawing (docs/performance.md).

function casesSchema() {
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const task = z.object({
    id: z.string().check(z.maxLength(60)),
    description: z.string().check(z.maxLength(300)),
    status: z.enum(STATUSES),
    due: z.nullable(isoDate),
    dueText: z.string().check(z.maxLength(200)),
    condition: z.optional(z.string().check(z.maxLength(200))),
  });
  const panelCase = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    kind: z.enum(CASE_KINDS),
    name: z.string().check(z.maxLength(200)),
    status: z.enum(STATUSES),
    tasks: z.array(task).check(z.maxLength(30)),
  });
  return z.object({ ok: z.literal(true), cases: z.array(panelCase).check(z.maxLength(50)) });
}

function trackSchema() {
  return z.union([
    z.object({ ok: z.literal(true), caseId: z.string(), existed: z.boolean() }),
    z.object({
      ok: z.literal(false),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ]);
}

function tickSchema() {
  return z.union([
    z.object({ ok: z.literal(true), changed: z.array(z.string()) }),
    z.object({ ok: z.literal(false), message: z.string() }),
  ]);
}

export function parseCasesReply(raw: unknown): PanelCase[] | null {
  const r = casesSchema().safeParse(raw);
  return r.success ? r.data.cases : null;
}

export type TrackStepReply =
  | { ok: true; caseId: string; existed: boolean }
  | { ok: false; errors: Array<{ field: string; message: string }> };

export function parseTrackReply(raw: unknown): TrackStepReply | null {
  const r = trackSchema().safeParse(raw);
  return r.success ? r.data : null;
}

export type TickTasksReply = { ok: true; changed: string[] } | { ok: false; message: string };

export function parseTickReply(raw: unknown): TickTasksReply | null {
  const r = tickSchema().safeParse(raw);
  return r.success ? r.data : null;
}
