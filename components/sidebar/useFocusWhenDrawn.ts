/**
 * An element that takes the focus once it is drawn, when asked: a button that replaces the one the
 * worker pressed (Undo after a tick, a notice's button after a finding), so that the focus goes on
 * to it rather than to the page. Asked before the state change that draws it.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useFocusWhenDrawn<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  useLayoutEffect(() => {
    if (wanted.current && ref.current) {
      wanted.current = false;
      ref.current.focus();
    }
  });
  const focusWhenDrawn = useCallback((on = true) => {
    wanted.current = on;
  }, []);
  return { ref, focusWhenDrawn };
}
