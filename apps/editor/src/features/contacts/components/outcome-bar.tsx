import { CONTACT_OUTCOMES, type ContactOutcome, type PublishedArticleView, type RecordContactRequest } from '@bsc/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { searchOriginsOf } from '../../learning/search-origin';
import { authoritiesQuery, recordContact } from '../api/contacts-api';
import { contactSession, rememberChannel, rememberedChannel, useContactSession } from '../contact-session';
import { useOutcomeHotkeys } from '../hooks/use-outcome-hotkeys';
import { contactMessages as m } from '../messages';
import { ChannelPicker } from './channel-picker';
import { OpenedArticles } from './opened-articles';
import { OutcomeTarget } from './outcome-target';
import '../contacts.css';

type TargetOutcome = 'forwarded' | 'referred';

function requestFor(outcome: ContactOutcome, target: string, base: Omit<RecordContactRequest, 'outcome'>): RecordContactRequest {
  if (outcome === 'forwarded') return { ...base, outcome, departmentId: target };
  if (outcome === 'referred') return { ...base, outcome, authorityId: target };
  return { ...base, outcome };
}

/**
 * How the conversation ended, in one keystroke: 1–5 pick the outcome (2 and 5 then ask for the
 * department or authority, Enter confirms). The articles opened since the last "Neues Anliegen"
 * go along; afterwards the focus is on "Neues Anliegen", which clears and focuses the search.
 */
export function OutcomeBar({ article }: { article?: PublishedArticleView }) {
  const user = useCurrentUser();
  const session = useContactSession();
  const navigate = useNavigate();
  const [channel, setChannel] = useState(() => rememberedChannel(user.id));
  const [pending, setPending] = useState<TargetOutcome | null>(null);
  const [target, setTarget] = useState('');
  const newContactButton = useRef<HTMLButtonElement>(null);
  const focusNewContact = useRef(false);
  const departments = useQuery({ ...departmentsQuery(), enabled: pending === 'forwarded' });
  const authorities = useQuery({ ...authoritiesQuery(), enabled: pending === 'referred' });
  const record = useMutation({
    mutationFn: recordContact,
    onSuccess: (contact) => {
      focusNewContact.current = true;
      setPending(null);
      contactSession.recorded(contact.outcome, contact.channel);
    },
  });

  useEffect(() => {
    if (article) contactSession.opened({ id: article.id, title: article.content.title, departmentId: article.department.id });
  }, [article]);

  useEffect(() => {
    if (!session.recorded || !focusNewContact.current) return;
    focusNewContact.current = false;
    newContactButton.current?.focus();
  }, [session.recorded]);

  function submit(outcome: ContactOutcome, targetId = '') {
    const articleIds = session.articles.map((a) => a.id);
    // The searches behind the articles: a settled contact teaches the search their words.
    record.mutate(requestFor(outcome, targetId, { channel, articleIds, searches: searchOriginsOf(articleIds) }));
  }

  function choose(outcome: ContactOutcome) {
    if (session.recorded || record.isPending) return;
    if (outcome === 'forwarded' || outcome === 'referred') {
      setTarget(outcome === 'forwarded' ? (article?.department.id ?? session.articles[0]?.departmentId ?? '') : '');
      setPending(outcome);
      return;
    }
    setPending(null);
    submit(outcome);
  }
  useOutcomeHotkeys(choose);

  function changeChannel(next: typeof channel) {
    setChannel(next);
    rememberChannel(user.id, next);
  }

  function startNewContact() {
    setPending(null);
    record.reset();
    // After the navigation, so the fresh search box starts from the cleared address.
    void Promise.resolve(navigate('/')).then(() => contactSession.startNew());
  }

  let status = '';
  if (record.isPending) status = m.saving;
  else if (record.isError) status = m.failed;
  else if (session.recorded) status = m.recorded(m.outcomeShort[session.recorded.outcome], m.channels[session.recorded.channel]);

  return (
    <section className="contact-bar no-print" aria-labelledby="contact-bar-title">
      <h2 id="contact-bar-title" className="contact-bar__title">
        {m.barTitle}
      </h2>
      <p className="muted contact-bar__hint">{m.barHint}</p>
      <div className="contact-bar__row">
        <ChannelPicker value={channel} onChange={changeChannel} />
        <div className="button-row" role="group" aria-label={m.outcomesLabel}>
          {CONTACT_OUTCOMES.map((outcome, index) => (
            <button
              key={outcome}
              type="button"
              className={`button ${session.recorded?.outcome === outcome ? 'button--primary' : 'button--secondary'}`}
              aria-keyshortcuts={String(index + 1)}
              disabled={Boolean(session.recorded) || record.isPending}
              onClick={() => choose(outcome)}
            >
              <kbd aria-hidden="true">{index + 1}</kbd> {m.outcomes[outcome]}
            </button>
          ))}
        </div>
        <button ref={newContactButton} type="button" className="button button--primary" onClick={startNewContact}>
          {m.newContact}
        </button>
      </div>
      {pending === 'forwarded' && (
        <OutcomeTarget
          label={m.forwardTo}
          value={target}
          placeholder={m.chooseDepartment}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          busy={record.isPending}
          onChange={setTarget}
          onConfirm={() => submit('forwarded', target)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending === 'referred' && (
        <OutcomeTarget
          label={m.referTo}
          value={target}
          placeholder={m.chooseAuthority}
          options={(authorities.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))}
          busy={record.isPending}
          onChange={setTarget}
          onConfirm={() => submit('referred', target)}
          onCancel={() => setPending(null)}
        />
      )}
      <OpenedArticles articles={session.articles} onRemove={contactSession.remove} />
      <p className="contact-bar__status" role="status">
        {status}
      </p>
    </section>
  );
}
