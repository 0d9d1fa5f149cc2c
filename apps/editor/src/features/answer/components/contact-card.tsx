import type { DepartmentView, PublishedArticleView } from '@bsc/domain';
import type { ReactNode } from 'react';
import { safeHref, telHref } from '../../../ui/rich-text/safe-href';
import { effectiveContact } from '../contact';
import { answerMessages as m } from '../messages';
import { OpeningHoursList, OpenNowBadge, TodayHours } from './opening-hours-view';

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
      <TodayHours hours={article.department.openingHours} />
      {/* What a caller asks first: the phone number and when someone is there. */}
      {contact.phone && (
        <dl className="facts contact__phone">
          <Fact term={m.phone}>{tel ? <a href={tel}>{contact.phone}</a> : contact.phone}</Fact>
        </dl>
      )}
      <h3 className="contact__hours-title">{m.openingHours}</h3>
      <OpeningHoursList hours={article.department.openingHours} />
      <dl className="facts">
        {contact.room && <Fact term={m.room}>{contact.room}</Fact>}
        {contact.address && <Fact term={m.address}>{contact.address}</Fact>}
        {contact.email && (
          <Fact term={m.email}>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </Fact>
        )}
      </dl>
      {contact.note && <p>{contact.note}</p>}
      {appointment && (
        <p>
          <a href={appointment} target="_blank" rel="noopener noreferrer">
            {m.appointment}
          </a>
        </p>
      )}
      {article.locations.length > 1 && <AllLocations locations={article.locations} />}
    </section>
  );
}

/** Every office the catalogue names for the service; the first one is the one shown above. */
function AllLocations({ locations }: { locations: DepartmentView[] }) {
  return (
    <section className="contact__locations" aria-labelledby="all-locations-title">
      <h3 id="all-locations-title">{m.allLocations(locations.length)}</h3>
      <p className="muted">{m.allLocationsIntro}</p>
      <ol className="locations">
        {locations.map((location, index) => {
          const tel = location.phone ? telHref(location.phone) : null;
          return (
            <li key={location.id} className="locations__item">
              <span className="locations__name">{location.name}</span>
              {index === 0 && (
                <>
                  {' '}
                  <span className="badge badge--info">{m.firstLocation}</span>
                </>
              )}
              {location.address && <span className="locations__line">{location.address}</span>}
              {location.phone && (
                <span className="locations__line">
                  {m.phone}: {tel ? <a href={tel}>{location.phone}</a> : location.phone}
                </span>
              )}
            </li>
          );
        })}
      </ol>
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
