/**
 * The deadline checklist: every case grouped by how urgent its next task is, the form to add a
 * case, and backups. A tick is written by the background (a popup clicked away is closed at once,
 * and a write of its own could be lost with it); every other write goes to the case store and then
 * tells the background, which redraws the toolbar badge.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createCalendar, type WorkingCalendar } from '@/lib/calendar';
import {
  addCase,
  closeCase,
  deleteCase,
  listCaseViews,
  listCases,
  reopenCase,
  updateCase,
  type StoreContext,
} from '@/lib/db/cases';
import { STORE_BLOCKED, changeErrorMessage, storeErrorMessage } from '@/lib/db/errors';
import {
  MAX_IMPORT_BYTES,
  exportCsv,
  exportIcs,
  exportJson,
  importCases,
  parseCsvImport,
  parseJsonImport,
} from '@/lib/cases/io';
import { CASE_KIND_NAMES, type CaseRecord, type CaseView } from '@/lib/cases/types';
import { dismissFound, listFound, type Sighting } from '@/lib/db/found';
import type { Settings } from '@/lib/settings/schema';
import { AddCaseForm, type AddCaseResult } from './AddCaseForm';
import { CaseGroups } from './CaseGroups';
import { CaseItem, type CaseActions } from './CaseItem';
import { FoundInMosaic, foundTitle, type FoundActions } from './FoundInMosaic';
import { ImportExport, type FileActions } from './ImportExport';
import type { ChecklistServices } from '@/entrypoints/popup/services';

/** The id of the focused control, to put focus back on it after a reload. */
function focusedId(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.id ? active.id : null;
}

interface Loaded {
  settings: Settings;
  today: string;
  cal: WorkingCalendar;
  views: CaseView[];
  corrupt: number;
  found: Sighting[];
}

export function Checklist({ services }: { services: ChecklistServices }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState('');
  const [problem, setProblem] = useState('');
  const [blocked, setBlocked] = useState(false);
  const [status, setStatus] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const refocus = useRef<string | null>(null);
  const settingsRef = useRef<Settings | null>(null);

  const context = useCallback(async (): Promise<{ ctx: StoreContext; settings: Settings }> => {
    const settings = settingsRef.current ?? (await services.loadSettings());
    settingsRef.current = settings;
    return {
      settings,
      ctx: {
        today: services.today(),
        cal: createCalendar(settings.closureDays),
        initialsOnly: settings.initialsOnly,
      },
    };
  }, [services]);

  const reload = useCallback(async () => {
    try {
      const { ctx, settings } = await context();
      const { views, corrupt } = await listCaseViews(services.db, ctx);
      const found = await listFound(services.db, ctx.today, settings.retentionDays);
      setData({ settings, today: ctx.today, cal: ctx.cal, views, corrupt, found });
      setLoadError('');
      setBlocked(false);
    } catch (error) {
      setLoadError(
        `The checklist could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }, [context, services]);

  // Opening the store waits while another open copy of it holds an older version (IndexedDB
  // `blocked`): say so instead of showing "Loading" for ever. It opens once that copy is closed.
  useEffect(() => {
    const onBlocked = () => setBlocked(true);
    services.db.on('blocked', onBlocked);
    return () => services.db.on('blocked').unsubscribe(onBlocked);
  }, [services]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first read of the case store, then subscriptions to its changes
    void reload();
    // Back to the checklist (a tab, or the popup reopened): the date or the cases may have changed.
    // The settings are read again before the reload, and replace the ones held only once read:
    // a tick meanwhile is written at once with those held, never after a wait for the background.
    const freshSettings = async () => {
      try {
        settingsRef.current = await services.loadSettings();
      } catch {
        settingsRef.current = null;
      }
    };
    const again = () => {
      if (document.visibilityState !== 'visible') return;
      void freshSettings().then(reload);
    };
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    // Left open past midnight: the statuses move with the date.
    let shownDay = services.today();
    const clock = window.setInterval(() => {
      if (services.today() === shownDay) return;
      shownDay = services.today();
      void reload();
    }, 60_000);
    const unsubscribe = services.subscribe?.((what) => {
      if (what === 'settings') void freshSettings().then(reload);
      else void reload();
    });
    return () => {
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
      window.clearInterval(clock);
      unsubscribe?.();
    };
  }, [reload, services]);

  // After a write moved a case to another group, put focus back where it was.
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    const el = document.getElementById(id);
    if (el && document.activeElement !== el) el.focus();
  }, [data]);

  /** A change was not saved: say why, and show what is stored. */
  const notSaved = useCallback(
    async (words: string) => {
      setProblem(words);
      await reload();
    },
    [reload],
  );

  /** A change was saved: show it, and say so. */
  const saved = useCallback(
    async (words: string | null) => {
      setProblem('');
      await reload();
      if (words) setStatus(words);
    },
    [reload],
  );

  /** Runs a write, tells the background, reloads, and says what happened. */
  const write = useCallback(
    async <T,>(
      work: (ctx: StoreContext) => Promise<T>,
      message: (result: T) => string | null,
    ): Promise<T> => {
      refocus.current = focusedId();
      const { ctx } = await context();
      let result: T;
      try {
        result = await work(ctx);
      } catch (error) {
        await notSaved(changeErrorMessage(error));
        throw error;
      }
      await services.casesChanged();
      await saved(message(result));
      return result;
    },
    [context, notSaved, saved, services],
  );

  const nameOf = (caseId: string) => {
    const v = data?.views.find((x) => x.record.id === caseId);
    return v ? v.record.name || `Mosaic ID ${v.record.personId}` : 'the case';
  };

  const caseActions: CaseActions = {
    async tick(caseId, taskId, done) {
      // Sent before anything else: the checklist may be closed straight after the click.
      const reply = services.tick(caseId, taskId, done);
      refocus.current = focusedId();
      const answer = await reply;
      if (!answer.ok) {
        await notSaved(answer.error);
        throw new Error(answer.error);
      }
      // The background has refreshed the badge.
      await saved(done ? `Ticked for ${nameOf(caseId)}.` : `Unticked for ${nameOf(caseId)}.`);
    },
    async update(caseId, patch) {
      const result = await write(
        (ctx) => updateCase(services.db, caseId, patch, ctx),
        (r) => (r.ok ? `Dates saved for ${nameOf(caseId)}.` : null),
      );
      return result.ok ? [] : result.errors;
    },
    async close(caseId) {
      const name = nameOf(caseId);
      await write(
        (ctx) => closeCase(services.db, caseId, ctx),
        () => `Closed the case for ${name}. It is in Closed cases.`,
      );
      refocus.current = null;
      document.getElementById(`mc-case-${caseId}-toggle`)?.focus();
    },
    async reopen(caseId) {
      await write(
        (ctx) => reopenCase(services.db, caseId, ctx),
        () => `Reopened the case for ${nameOf(caseId)}.`,
      );
      document.getElementById(`mc-case-${caseId}-toggle`)?.focus();
    },
    async remove(caseId) {
      const name = nameOf(caseId);
      await write(
        () => deleteCase(services.db, caseId),
        () => `Deleted the case for ${name}.`,
      );
      document.getElementById('mc-checklist-title')?.focus();
    },
    toggle(caseId) {
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(caseId)) next.delete(caseId);
        else next.add(caseId);
        return next;
      });
    },
  };

  const foundActions: FoundActions = {
    async track(found, allocated) {
      const reply = await services.track({ ...found, allocated });
      if (!reply.ok) return reply.errors.map((e) => e.message);
      await saved(
        `${reply.existed ? 'Already in your checklist' : 'Added to your checklist'}: ${foundTitle(found)}.`,
      );
      document.getElementById('mc-checklist-title')?.focus();
      return [];
    },
    async dismiss(found) {
      await write(
        (ctx) => dismissFound(services.db, found.personId, found.kind, ctx.today),
        () => `Dismissed: ${foundTitle(found)}. It is not offered again for 14 days.`,
      ).catch(() => undefined);
      document.getElementById('mc-checklist-title')?.focus();
    },
  };

  async function add(input: Record<string, unknown>): Promise<AddCaseResult> {
    const { ctx } = await context();
    let result: Awaited<ReturnType<typeof addCase>>;
    try {
      result = await addCase(services.db, input, ctx);
    } catch (error) {
      // The store refused the write (storage full, storage gone): nothing was added.
      await reload();
      return { ok: false, errors: [{ field: '', message: storeErrorMessage(error) }] };
    }
    if (!result.ok) return result;
    await services.casesChanged();
    await reload();
    const r: CaseRecord = result.record;
    const message = `Added a ${CASE_KIND_NAMES[r.kind]} case for ${r.name || `Mosaic ID ${r.personId}`}.`;
    setStatus(message);
    return { ok: true, message };
  }

  const fileActions: FileActions = {
    today: data?.today ?? services.today(),
    maxBytes: MAX_IMPORT_BYTES,
    download: services.download,
    async exportJson() {
      const { records } = await listCases(services.db);
      return exportJson(records, services.today());
    },
    async exportCsv() {
      const { records } = await listCases(services.db);
      return exportCsv(records);
    },
    async exportIcs() {
      const { ctx } = await context();
      const { views } = await listCaseViews(services.db, ctx);
      return exportIcs(views, new Date());
    },
    async importText(fileName, text) {
      const { ctx } = await context();
      const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
      const parsed = isJson ? parseJsonImport(text) : parseCsvImport(text, ctx.today);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      let counts: { added: number; replaced: number };
      try {
        counts = await importCases(services.db, parsed.records, ctx);
      } catch (error) {
        return { ok: false, errors: [storeErrorMessage(error)] };
      }
      await services.casesChanged();
      await reload();
      const n = (k: number) => `${k} ${k === 1 ? 'case' : 'cases'}`;
      const replaced =
        counts.replaced > 0 ? `, and replaced ${n(counts.replaced)} already in the checklist` : '';
      return { ok: true, message: `Imported ${n(counts.added)} from “${fileName}”${replaced}.` };
    },
  };

  const renderCase = (v: CaseView) => (
    <CaseItem
      key={v.record.id}
      view={v}
      today={data!.today}
      cal={data!.cal}
      expanded={expanded.has(v.record.id)}
      personAddressPattern={data!.settings.personAddressPattern}
      actions={caseActions}
    />
  );

  return (
    <main className="mc-checklist" aria-busy={data === null}>
      <header className="mc-header">
        <h1 id="mc-checklist-title" tabIndex={-1}>
          Deadlines
        </h1>
        {services.tabAddress ? (
          <a className="mc-open-tab" href={services.tabAddress} target="_blank" rel="noopener">
            Open in a tab
          </a>
        ) : null}
      </header>

      <p className="mc-status" role="status" aria-live="polite">
        {status}
      </p>
      {blocked ? (
        <p className="mc-warning-text" role="alert" data-testid="mc-store-blocked">
          {STORE_BLOCKED}
        </p>
      ) : null}
      {loadError ? (
        <p className="mc-error-message" role="alert">
          {loadError}
        </p>
      ) : null}
      {problem ? (
        <p className="mc-error-message" role="alert">
          {problem}
        </p>
      ) : null}
      {data && data.corrupt > 0 ? (
        <p className="mc-warning-text" role="alert">
          {data.corrupt === 1
            ? '1 stored case could not be read and is not shown.'
            : `${data.corrupt} stored cases could not be read and are not shown.`}{' '}
          Import a backup to restore them.
        </p>
      ) : null}

      {data === null ? (
        <p>Loading your cases…</p>
      ) : (
        <CaseGroups
          views={data.views}
          retentionDays={data.settings.retentionDays}
          renderCase={renderCase}
        />
      )}
      {data ? <FoundInMosaic found={data.found} actions={foundActions} /> : null}

      <AddCaseForm onAdd={add} />
      <ImportExport actions={fileActions} onMessage={setStatus} />
    </main>
  );
}
