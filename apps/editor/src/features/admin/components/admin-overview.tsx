import { ADMIN_SECTIONS } from '../admin-sections';
import { adminMessages } from '../messages';

/** Placeholder landing page of the administration: the list of sections to come. */
export function AdminOverview() {
  return (
    <section className="page" aria-labelledby="admin-title">
      <h1 id="admin-title">{adminMessages.pageTitle}</h1>
      <p>{adminMessages.intro}</p>
      <ul className="card-list" aria-label={adminMessages.sectionsLabel}>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.path} className="card">
            <h2 className="card__title">{adminMessages.sections[section.key]}</h2>
            <p className="muted">{adminMessages.comingSoon}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
