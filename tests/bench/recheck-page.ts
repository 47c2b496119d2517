/**
 * What runs inside the 200-field page for the re-check figures (recheck.ts), after the reader and
 * rules bundle (`__mcRecheck`) and, where it builds, the sidebar's checker (`__mcChecker`) have
 * been added to it. Self-contained: page.evaluate sends it to the page as its source.
 */
export interface InPage {
  error?: string;
  /** One full re-check from scratch (readPage + runRules), ms. */
  times?: number[];
  /** One bare walk of the page (a TreeWalker reading every element's tag, attributes and text), ms. */
  walkTimes?: number[];
  /** Reader + rules after a keystroke, the page's structure kept (a ReadingSession), ms. */
  typingTimes?: number[];
  /** The sidebar's whole re-check (Checker.run) after a keystroke, ms; null where it cannot be built. */
  keystrokeTimes?: number[] | null;
  keystrokeError?: string | null;
  controls?: number;
  elements?: number;
  fieldsFound?: number;
  fieldsRead?: number;
  findings?: number;
  rules?: number;
}

/**
 * `iterations` samples after `warmup` ones, each the mean of `batch` runs in a row:
 * performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated, too coarse
 * for runs of under a millisecond.
 */
export function inPage({
  warmup,
  iterations,
  batch,
}: {
  warmup: number;
  iterations: number;
  batch: number;
}): InPage {
  type Reading = { snapshot: { fields: Record<string, { found: boolean }> } };
  type R = {
    readPage: (d: Document, o?: unknown) => Reading;
    runRules: (s: unknown, c: unknown) => unknown[];
    RULES: unknown[];
    DEFAULT_SETTINGS: { labelOverrides?: unknown };
    reader: { ReadingSession: new (d: Document) => { read(o?: unknown): Reading } };
  };
  const g = globalThis as unknown as {
    __mcRecheck: R;
    __mcChecker?: {
      Checker: new (doc: Document, host: Element, found: unknown) => { run(): unknown };
      detectPage(d: Document): unknown;
    };
  };
  const { readPage, runRules, RULES, DEFAULT_SETTINGS } = g.__mcRecheck;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const ctx = { settings: DEFAULT_SETTINGS, today, waitingReviews: [] as string[] };
  const options = { labelOverrides: DEFAULT_SETTINGS.labelOverrides };
  const recheck = () => runRules(readPage(document, options).snapshot, ctx);
  // The floor: every element's tag, attributes and text read once, nothing else done.
  const walk = () => {
    const w = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    let n = 0;
    for (let node: Node | null = w.currentNode; node; node = w.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        const attributes = el.attributes;
        n += el.localName.length;
        for (let i = 0; i < attributes.length; i++)
          n += attributes[i].name.length + attributes[i].value.length;
      } else n += (node as Text).data.length;
    }
    return n;
  };
  let snapshot;
  let findings;
  try {
    snapshot = readPage(document, options).snapshot;
    findings = runRules(snapshot, ctx);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  // Alternated, so that both see the same state of the machine and of the engine.
  const times: number[] = [];
  const walkTimes: number[] = [];
  let sink = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) sink += walk();
    const t1 = performance.now();
    for (let b = 0; b < batch; b++) recheck();
    const t2 = performance.now();
    if (i < warmup) continue;
    walkTimes.push((t1 - t0) / batch);
    times.push((t2 - t1) / batch);
  }

  // After a keystroke: a visible text area gets one more character (or loses them) each time.
  const area = Array.from(document.querySelectorAll('textarea')).find(
    (t) => t.getBoundingClientRect().height > 0 && !t.readOnly,
  );
  const typingTimes: number[] = [];
  let keystrokeTimes: number[] | null = null;
  let keystrokeError: string | null = null;
  if (area) {
    const base = area.value;
    let keys = 0;
    const typed = () => (area.value = `${base} ${'x'.repeat(++keys % 40)}`);
    /** The mean time of `run` over a batch, each run after a key typed (the typing not timed). */
    const afterKeys = (run: () => unknown) => {
      let sum = 0;
      for (let b = 0; b < batch; b++) {
        typed();
        const t0 = performance.now();
        run();
        sum += performance.now() - t0;
      }
      return sum / batch;
    };
    const session = new g.__mcRecheck.reader.ReadingSession(document);
    const again = () => runRules(session.read(options).snapshot, ctx);
    again();
    for (let i = 0; i < warmup + iterations; i++) {
      const t = afterKeys(again);
      if (i >= warmup) typingTimes.push(t);
    }
    // The sidebar's whole re-check: reader (structure kept), rules, eligibility, budget, view.
    if (g.__mcChecker) {
      try {
        const host = document.createElement('div');
        const c = new g.__mcChecker.Checker(document, host, g.__mcChecker.detectPage(document));
        c.run();
        keystrokeTimes = [];
        for (let i = 0; i < warmup + iterations; i++) {
          const t = afterKeys(() => c.run());
          if (i >= warmup) keystrokeTimes.push(t);
        }
      } catch (e) {
        keystrokeTimes = null;
        keystrokeError = e instanceof Error ? e.message : String(e);
      }
    }
    area.value = base;
  }
  const fields = Object.values(snapshot.fields);
  return {
    times,
    walkTimes: sink > 0 ? walkTimes : [],
    typingTimes,
    keystrokeTimes,
    keystrokeError,
    controls: document.querySelectorAll('input:not([type=hidden]), select, textarea').length,
    elements: document.body.getElementsByTagName('*').length,
    fieldsRead: fields.length,
    fieldsFound: fields.filter((f) => f.found).length,
    findings: findings.length,
    rules: RULES.length,
  };
}
