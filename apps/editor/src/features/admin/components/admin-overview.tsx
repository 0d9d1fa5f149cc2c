import { Link } from 'react-router-dom';
import { ADMIN_SECTIONS } from '../admin-sections';
import { adminMessages as m } from '../messages';

/** /verwaltung — the sections of the administration, each with what it is for. */
export function AdminOverview() {
  return (
    <section className="page" aria-labelledby="admin-title">
      <h1 id="admin-title">{m.pageTitle}</h1>
      <p>{m.intro}</p>
      <ul className="card-list admin-cards">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.path} className="card">
            <h2 className="card__title">
              <Link to={`/verwaltung/${section.path}`}>{m.sections[section.key]}</Link>
            </h2>
            <p className="muted">{m.sectionDescriptions[section.key]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
