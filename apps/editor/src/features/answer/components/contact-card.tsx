import type { PublishedArticleView } from '@bsc/domain';
import type { ReactNode } from 'react';
import { safeHref, telHref } from '../../../ui/rich-text/safe-href';
import { effectiveContact } from '../contact';
import { answerMessages as m } from '../messages';
import { OpeningHoursList, OpenNowBadge } from './opening-hours-view';

/** The responsible department: room, phone, e-mail, hours and whether it is open now. */
export function ContactCard({ article }: { article: PublishedArticleView }) {
  const contact = effectiveContact(article);
  const tel = contact.phone ? telHref(contact.phone) : null;
  const appointment = safeHref(article.department.appointmentUrl);
  return (
    <section className="card contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{m.responsible}</h2>
      <p className="contact__name">{contact.departmentName}</p>
      <OpenNowBadge hours={article.department.openingHours} />
      <dl className="facts">
        {contact.room && <Fact term={m.room}>{contact.room}</Fact>}
        {contact.address && <Fact term={m.address}>{contact.address}</Fact>}
        {contact.phone && <Fact term={m.phone}>{tel ? <a href={tel}>{contact.phone}</a> : contact.phone}</Fact>}
        {contact.email && (
          <Fact term={m.email}>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </Fact>
        )}
      </dl>
      {contact.note && <p>{contact.note}</p>}
      <h3>{m.openingHours}</h3>
      <OpeningHoursList hours={article.department.openingHours} />
      {appointment && (
        <p>
          <a href={appointment} target="_blank" rel="noopener noreferrer">
            {m.appointment}
          </a>
        </p>
      )}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
