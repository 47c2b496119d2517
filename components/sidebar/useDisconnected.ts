/**
 * Whether the extension was updated or reloaded under the open page (its scripts here can no
 * longer reach the background): polled once a second until it happens, then said once.
 */
import { useEffect, useState } from 'react';
import { runtimeAlive } from '@/entrypoints/shared/content-script';

export function useDisconnected(): boolean {
  const [disconnected, setDisconnected] = useState(() => !runtimeAlive());
  useEffect(() => {
    if (disconnected) return;
    const timer = setInterval(() => {
      if (runtimeAlive()) return;
      clearInterval(timer);
      setDisconnected(true);
    }, 1000);
    return () => clearInterval(timer);
  }, [disconnected]);
  return disconnected;
}
