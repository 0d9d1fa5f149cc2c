import type { DraftView } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { documentsQuery } from '../../catalogue/api/catalogue-api';
import { editorMessages as m } from '../messages';
import type { Autosave } from './use-autosave';

/** Dialog state for a draft conflict; resolving re-opens the dialog for the next conflict. */
export function useConflictResolution(autosave: Autosave) {
  const [hidden, setHidden] = useState(false);
  const conflict = autosave.state.conflict;
  // Keeps the dialog rendered while it closes, so focus can return to where it was.
  const last = useRef<DraftView | null>(null);
  last.current = conflict ?? last.current;
  const catalogue = useQuery(documentsQuery());
  const documentName = useCallback(
    (id: string) => catalogue.data?.find((doc) => doc.id === id)?.name ?? m.unknownDocument,
    [catalogue.data],
  );
  const resolve = (choice: () => void) => () => {
    choice();
    setHidden(false);
  };
  return {
    server: last.current,
    open: conflict !== null && !hidden,
    showBanner: conflict !== null && hidden,
    documentName,
    hide: () => setHidden(true),
    show: () => setHidden(false),
    keepMine: resolve(autosave.keepMine),
    takeServer: resolve(autosave.takeServer),
  };
}
