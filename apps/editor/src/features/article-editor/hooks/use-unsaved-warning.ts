import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Warns before unsaved changes are lost: the browser's own dialog on reload/close, and for
 * in-app navigation a save attempt first, then a confirmation if saving failed.
 */
export function useUnsavedWarning(unsaved: boolean, saveNow: () => Promise<boolean>, question: string): void {
  useEffect(() => {
    if (!unsaved) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Older browsers only show the dialog when returnValue is set.
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let cancelled = false;
    void saveNow().then((saved) => {
      if (cancelled || blocker.state !== 'blocked') return;
      if (saved || window.confirm(question)) blocker.proceed();
      else blocker.reset();
    });
    return () => {
      cancelled = true;
    };
  }, [blocker, saveNow, question]);
}
