import type { RefObject } from 'react';

/** The polite status line of an admin screen (focusable, see useNotice). */
export function Notice({ text, noticeRef }: { text: string; noticeRef: RefObject<HTMLParagraphElement | null> }) {
  return (
    <p className="admin-notice" role="status" tabIndex={-1} ref={noticeRef}>
      {text}
    </p>
  );
}
