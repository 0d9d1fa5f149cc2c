import { useEffect, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { isTypingTarget } from '../../../ui/typing-target';
import { lastSearchPath } from '../last-search';

/** Whether a keydown should jump to the search box: "/" outside fields, Ctrl/Cmd+K anywhere. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
}

/** Router state of a navigation made by the search shortcut: the search box selects the query. */
export interface SearchShortcutState {
  selectSearch: true;
}

/** Whether the location state says the search shortcut led here. */
export function cameBySearchShortcut(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'selectSearch' in state && state.selectSearch === true;
}

/** Focuses (and selects) the search input on the search shortcuts. */
export function useSearchHotkeys(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

/**
 * The search shortcuts on every page without a search box (answer card, workspace, admin): they
 * lead back to the last search with its query selected, so typing starts the next concern. Not
 * while a dialog is open: its Escape/typing belongs to the dialog.
 */
export function useSearchShortcutElsewhere(enabled: boolean): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    // The search box's own hotkeys serve the search page; users without search have none.
    if (!enabled || pathname === '/') return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('dialog[open]') || !isSearchShortcut(event)) return;
      event.preventDefault();
      const state: SearchShortcutState = { selectSearch: true };
      navigate(lastSearchPath(), { state });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, pathname, navigate]);
}
