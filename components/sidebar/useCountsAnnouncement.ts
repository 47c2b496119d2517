/**
 * The polite announcement of the counts when they change (the view changes only once typing has
 * stopped and the page is checked): "Mosaic Companion: 2 errors, 1 warning." Nothing at first.
 */
import { useEffect, useRef, useState } from 'react';
import { countsInWords } from '@/lib/sidebar/format';
import type { SidebarView } from '@/lib/sidebar/view';

export function useCountsAnnouncement(view: SidebarView | null): string {
  const [announcement, setAnnouncement] = useState('');
  const lastCounts = useRef<string | null>(null);
  useEffect(() => {
    if (!view) return;
    const words = countsInWords(view.errors, view.warnings, view.advice);
    if (lastCounts.current !== null && lastCounts.current !== words) {
      setAnnouncement(`Mosaic Companion: ${words}.`);
    }
    lastCounts.current = words;
  }, [view]);
  return announcement;
}
