import { NavLink, Outlet } from 'react-router-dom';
import { ADMIN_SECTIONS } from '../admin-sections';
import { adminMessages as m } from '../messages';
import '../admin.css';

/** Section navigation of the administration above the current screen. */
export function AdminLayout() {
  return (
    <div className="admin">
      <nav className="admin-nav no-print" aria-label={m.sectionsLabel}>
        <ul>
          <li>
            <NavLink to="/verwaltung" end>
              {m.overviewLink}
            </NavLink>
          </li>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={`/verwaltung/${section.path}`}>{m.sections[section.key]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
