import { fieldState, type ArticleDetail } from '@bsc/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/error-alert';
import { articleKeys, openDraft } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { editorMessages as m } from '../messages';
import { AnswerFacts } from '../../answer/components/answer-facts';
import { DocumentChecklist } from '../../answer/components/document-checklist';
import { RichTextView } from '../../../ui/rich-text/rich-text-view';
import { adoptPhrase } from '../../learning/api/learning-api';
import { LearnedPhrases, type LearnedNotice, type LearnedNoticeState } from '../../learning/components/learned-phrases';
import { DraftEditor } from './draft-editor';
import { VerifyButton } from './verify-button';
import { VersionHistory } from './version-history';

function PublishedWithoutDraft({ detail, learned }: { detail: ArticleDetail; learned: LearnedNoticeState }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: articleKeys.detail(detail.id) });
  const open = useMutation({ mutationFn: () => openDraft(detail.id), onSuccess: refresh });
  return (
    <div className="editor-layout">
      <div className="editor-layout__main">
        <p className="notice notice--info">{m.publishedNoDraft}</p>
        {open.isError && <ErrorAlert error={open.error} />}
        <div className="editor-bar">
          <button type="button" className="button button--primary" disabled={open.isPending} onClick={() => open.mutate()}>
            {m.edit}
          </button>
          <VerifyButton articleId={detail.id} />
        </div>
        {detail.published && <PublishedPreview published={detail.published} />}
      </div>
      <aside className="editor-layout__aside">
        {/* Adopting opens the draft from the published version; the editor then shows it. */}
        <LearnedPhrases
          articleId={detail.id}
          keywords={detail.published?.content.keywords ?? []}
          adoptBlockedBy={null}
          onAdopt={(phrase) => adoptPhrase(detail.id, phrase).then(refresh)}
          {...learned}
        />
        <VersionHistory articleId={detail.id} canRestore onRestored={() => void refresh()} />
      </aside>
    </div>
  );
}

/** The published text, read-only: authors see what agents see before they decide to edit. */
function PublishedPreview({ published }: { published: NonNullable<ArticleDetail['published']> }) {
  return (
    <section className="published-preview" aria-labelledby="published-preview-title">
      <h2 id="published-preview-title">{m.publishedPreview}</h2>
      <p className="published-preview__short">{published.content.shortAnswer}</p>
      <h3>{m.publishedDocuments}</h3>
      <DocumentChecklist documents={published.documents} state={fieldState(published.content, 'documents')} />
      <AnswerFacts content={published.content} />
      <RichTextView doc={published.content.body} />
    </section>
  );
}

/** Header plus either the draft editor or the "Bearbeiten" entry for a published article. */
export function ArticleEditorView({ detail }: { detail: ArticleDetail }) {
  const draft = detail.draft;
  const title = draft?.content.title ?? detail.title;
  const [notice, setNotice] = useState<LearnedNotice | null>(null);
  const focusedSeq = useRef(0);
  const learned: LearnedNoticeState = { notice, onNotice: setNotice, focusedSeq };
  return (
    <article className="page page--editor" aria-labelledby="editor-title">
      <p>
        <Link to="/arbeitsbereich">
          <span aria-hidden="true">← </span>
          {m.backToWorkspace}
        </Link>
      </p>
      <h1 id="editor-title">{title}</h1>
      <p className="muted">
        {articleMessages.kind[detail.kind]} · {detail.departmentName} · {articleMessages.status[detail.status]} ·{' '}
        {detail.publishedVersion !== null ? m.currentVersion(detail.publishedVersion) : m.notPublished}
      </p>
      {draft ? (
        // A new draft state or base version means a new working copy: start its editor fresh.
        <DraftEditor key={`${draft.state}:${draft.baseVersion ?? 'new'}`} detail={detail} draft={draft} learned={learned} />
      ) : detail.published ? (
        <PublishedWithoutDraft detail={detail} learned={learned} />
      ) : (
        <p>{m.noContent}</p>
      )}
    </article>
  );
}
