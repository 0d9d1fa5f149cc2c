// Every page names itself by its h1: the browser tab's <title> ("Suche – BSC Wissen",
// "<Artikeltitel> – BSC Wissen") and, after a navigation inside the app, the keyboard focus and one
// announcement for screen readers. Reading the h1 keeps one source for the name (the page's
// messages) and covers pages whose h1 only appears once their data has loaded.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { appMessages } from './messages';

/** The document title for a page heading; the product name alone while there is none. */
export function pageTitle(heading: string | null | undefined): string {
  const name = heading?.replace(/\s+/g, ' ').trim();
  return name ? `${name} – ${appMessages.productName}` : appMessages.productName;
}

/**
 * Whether arriving on a page should move the focus to its heading: not when the new page placed
 * it itself (the search box, a login field) — only when it is still where the navigation left it
 * (the link that was clicked, also one inside the page such as the admin section tabs), outside
 * the page content, or fell to <body> with the previous page.
 */
export function shouldFocusHeading<T>(
  container: T & { contains(node: T | null): boolean },
  active: T | null,
  leftBehind: T | null,
): boolean {
  return active === null || active === container || active === leftBehind || !container.contains(active);
}

/**
 * Keeps document.title on the h1 inside `container`; after an in-app navigation (not the first
 * load) focuses that h1 and returns its text for the shell's live region.
 */
export function usePageArrival(container: RefObject<HTMLElement | null>): string {
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const firstPage = useRef(true);
  // Where the focus was when the previous page went away (read before the new page's effects).
  const leftBehind = useRef<Element | null>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const navigated = !firstPage.current;
    firstPage.current = false;
    let arrived = false;
    function sync(root: HTMLElement) {
      const heading = root.querySelector('h1');
      const title = pageTitle(heading?.textContent);
      if (document.title !== title) document.title = title;
      if (!heading || arrived) return;
      arrived = true;
      if (!navigated) return;
      setAnnouncement(appMessages.pageOpened(heading.textContent ?? ''));
      const active = document.activeElement === document.body ? null : document.activeElement;
      if (!shouldFocusHeading<Element>(root, active, leftBehind.current)) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    sync(root);
    // The h1 of a lazy or loading page appears later, and an editor's title changes while typing.
    const observer = new MutationObserver(() => sync(root));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      leftBehind.current = document.activeElement;
    };
  }, [pathname, container]);

  return announcement;
}
