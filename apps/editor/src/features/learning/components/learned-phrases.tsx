import type { LearnedPhrase } from '@bsc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../../../api/http';
import { Badge } from '../../../ui/badge';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { blockPhrase, learnedPhrasesKey, learnedPhrasesQuery } from '../api/learning-api';
import { isKeyword, phraseFacts } from '../learned-phrase-facts';
import { learningMessages as m } from '../messages';
import '../learning.css';
import { SmallButton } from '../../../ui/small-button';

/** The last "adopted"/"blocked" message; `seq` tells a new one from the same text again. */
export interface LearnedNotice {
  text: string;
  seq: number;
}

/**
 * The message lives with the page, not the section: adopting without a draft swaps the read-only
 * view for the draft editor, and the section in it must still say what happened.
 */
export interface LearnedNoticeState {
  notice: LearnedNotice | null;
  onNotice: (notice: LearnedNotice) => void;
  /** seq of the notice whose heading got the focus: a section mounted later (after submit) leaves the focus alone. */
  focusedSeq: RefObject<number>;
}

/** Props of LearnedPhrases. */
export interface LearnedPhrasesProps extends LearnedNoticeState {
  articleId: string;
  /** The keywords the editor shows now: a phrase among them needs no adopting. */
  keywords: readonly string[];
  /** Why adopting is not possible right now (unsaved input, draft in review), or null. */
  adoptBlockedBy: string | null;
  /** Adopts the phrase into the draft's keywords and shows it in the editor. */
  onAdopt: (phrase: string) => Promise<unknown>;
}

const forbidden = (error: unknown) => error instanceof ApiError && error.status === 403;

function BlockDialog({
  phrase,
  busy,
  onConfirm,
  onClose,
}: {
  phrase: string | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={phrase !== null} title={m.blockTitle} onClose={onClose}>
      <p>{m.blockQuestion(phrase ?? '')}</p>
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {m.blockConfirm}
        </button>
        {/* The harmless choice has the focus: Enter right after opening must not block. */}
        <button type="button" className="button button--secondary" data-autofocus onClick={onClose}>
          {m.cancel}
        </button>
      </div>
    </Dialog>
  );
}

interface PhraseItemProps {
  phrase: LearnedPhrase;
  adopted: boolean;
  adoptDisabled: boolean;
  hintId: string | undefined;
  onAdopt: () => void;
  onBlock: () => void;
}

function PhraseItem({ phrase, adopted, adoptDisabled, hintId, onAdopt, onBlock }: PhraseItemProps) {
  return (
    <li className="learned__item">
      <p className="learned__phrase">
        <strong>{phrase.phrase}</strong> {phrase.active && <Badge tone="success">{m.active}</Badge>}
      </p>
      <p className="muted learned__facts">{phraseFacts(phrase).join(' · ')}</p>
      <div className="button-row">
        {adopted ? (
          <span className="muted">{m.adopted}</span>
        ) : (
          <SmallButton aria-label={m.adoptLabel(phrase.phrase)} aria-describedby={hintId} disabled={adoptDisabled} onClick={onAdopt}>
            {m.adopt}
          </SmallButton>
        )}
        <SmallButton aria-label={m.blockLabel(phrase.phrase)} onClick={onBlock}>
          {m.block}
        </SmallButton>
      </div>
    </li>
  );
}

// Adopting and blocking. Afterwards the focus goes to the heading: the button it was on is gone
// (the phrase is a keyword now, or no longer listed), or the whole section was swapped.
function usePhraseActions({ articleId, onAdopt, notice, onNotice, focusedSeq }: LearnedPhrasesProps) {
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [blocking, setBlocking] = useState<string | null>(null);
  const seq = notice?.seq;
  useEffect(() => {
    if (seq === undefined || focusedSeq.current === seq) return;
    focusedSeq.current = seq;
    heading.current?.focus();
  }, [seq, focusedSeq]);
  const say = (text: string) => onNotice({ text, seq: (notice?.seq ?? 0) + 1 });
  const adopt = useMutation({
    mutationFn: onAdopt,
    onSuccess: (_result, phrase) => say(m.adoptedStatus(phrase)),
  });
  const block = useMutation({
    mutationFn: (phrase: string) => blockPhrase(articleId, phrase),
    onSuccess: (phrases, phrase) => {
      queryClient.setQueryData(learnedPhrasesKey(articleId), phrases);
      setBlocking(null);
      say(m.blockedStatus(phrase));
    },
  });
  return { heading, blocking, setBlocking, adopt, block };
}

/**
 * "So fragen Bürger danach": the words agents searched with before they used this answer, with
 * adopting into the keywords (a draft change that goes through review) and blocking. Hidden for
 * users who may not see it (the API answers 403).
 */
export function LearnedPhrases(props: LearnedPhrasesProps) {
  const { articleId, keywords, adoptBlockedBy, notice } = props;
  const phrases = useQuery(learnedPhrasesQuery(articleId));
  const { heading, blocking, setBlocking, adopt, block } = usePhraseActions(props);
  const hintId = useId();
  if (phrases.isError && forbidden(phrases.error)) return null;
  const list = phrases.data ?? [];

  return (
    <section className="card learned" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`} ref={heading} tabIndex={-1}>
        {m.phrasesTitle}
      </h2>
      <p className="muted">{m.phrasesIntro}</p>
      {phrases.isPending && <Loading />}
      {phrases.isError && <ErrorAlert error={phrases.error} onRetry={() => void phrases.refetch()} />}
      {adopt.isError && <ErrorAlert error={adopt.error} />}
      {block.isError && <ErrorAlert error={block.error} />}
      {phrases.data && list.length === 0 && <p className="muted">{m.noPhrases}</p>}
      {list.length > 0 && adoptBlockedBy && (
        <p id={hintId} className="field__hint">
          {adoptBlockedBy}
        </p>
      )}
      <ul className="learned__list">
        {list.map((phrase) => (
          <PhraseItem
            key={phrase.phrase}
            phrase={phrase}
            adopted={isKeyword(keywords, phrase.phrase)}
            adoptDisabled={adoptBlockedBy !== null || adopt.isPending}
            hintId={adoptBlockedBy ? hintId : undefined}
            onAdopt={() => adopt.mutate(phrase.phrase)}
            onBlock={() => setBlocking(phrase.phrase)}
          />
        ))}
      </ul>
      <p className="learned__status" role="status">
        {notice?.text}
      </p>
      <BlockDialog
        phrase={blocking}
        busy={block.isPending}
        onConfirm={() => blocking && block.mutate(blocking)}
        onClose={() => setBlocking(null)}
      />
    </section>
  );
}
