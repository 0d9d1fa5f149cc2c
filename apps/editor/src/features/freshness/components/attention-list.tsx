import type { FreshnessItem } from '@bsc/domain';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { useVerifyArticle } from '../hooks/use-verify-article';
import { freshnessMessages as m } from '../messages';
import { AttentionTable } from './attention-table';

/** Props of AttentionList. */
export interface AttentionListProps {
  items: FreshnessItem[];
  showDepartment: boolean;
  emptyText: string;
}

/** The attention table plus verification: a live confirmation, and focus kept on the page. */
export function AttentionList({ items, showDepartment, emptyText }: AttentionListProps) {
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const verify = useVerifyArticle((articleId) => {
    const title = items.find((item) => item.articleId === articleId)?.title ?? '';
    setNotice(m.verified(title));
  });
  // A verified article leaves the list with its button: move focus to the confirmation.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <p className="freshness__notice" role="status" tabIndex={-1} ref={noticeRef}>
        {notice}
      </p>
      {verify.isError && <ErrorAlert error={verify.error} />}
      {items.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <AttentionTable
          items={items}
          showDepartment={showDepartment}
          verifying={verify.isPending ? (verify.variables ?? null) : null}
          onVerify={(item) => verify.mutate(item.articleId)}
        />
      )}
    </>
  );
}
