/**
 * A page read again and again as the sidebar's checker reads it: a reading session fed by one
 * mutation observer, its pending records taken before each reading.
 */
import {
  ReadingSession,
  SESSION_OBSERVER_OPTIONS,
  type PageReading,
  type ReadOptions,
} from '@/lib/page/reader';

export function watchedReader(doc: Document): (options?: ReadOptions) => PageReading {
  const session = new ReadingSession(doc);
  const Observer = doc.defaultView!.MutationObserver;
  const observer = new Observer((records) => session.noteChanges(records));
  observer.observe(doc.body, SESSION_OBSERVER_OPTIONS);
  return (options = {}) => {
    session.noteChanges(observer.takeRecords());
    return session.read(options);
  };
}
