import type { Role } from '@bsc/domain';

/** A demo login of the seeded "Landratsamt Musterkreis"; `departmentCodes` refer to DEMO_DEPARTMENTS. */
export interface DemoUser {
  login: string;
  password: string;
  displayName: string;
  roles: Role[];
  departmentCodes: string[];
}

// DEV-ONLY: these logins and passwords are public (they are in the repository and the README).
// They are seeded only into an empty development database when SEED_DEMO is on and must never
// be seeded with NODE_ENV=production; production admins come from ADMIN_LOGIN/ADMIN_PASSWORD.
/** One demo user per role, for trying out the editor and the search. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'agent',
    password: 'Agent-Demo-2026!',
    displayName: 'Sabine Hartmann (Bürgerservicecenter)',
    roles: ['agent'],
    departmentCodes: ['BSC'],
  },
  {
    login: 'autorin',
    password: 'Autorin-Demo-2026!',
    displayName: 'Julia Brandl (Zulassung und Fahrerlaubnis)',
    roles: ['author'],
    departmentCodes: ['KFZ', 'FS'],
  },
  {
    login: 'pruefer',
    password: 'Pruefer-Demo-2026!',
    displayName: 'Markus Seidl (Sachgebietsleitung Verkehr)',
    roles: ['reviewer'],
    departmentCodes: ['KFZ', 'FS'],
  },
  {
    login: 'leitung',
    password: 'Leitung-Demo-2026!',
    displayName: 'Claudia Obermaier (Leitung Bürgerservicecenter)',
    roles: ['bsc_lead'],
    departmentCodes: ['BSC'],
  },
  {
    login: 'fbleitung',
    password: 'Fbleitung-Demo-2026!',
    displayName: 'Stefan Huber (Fachbereichsleitung Zulassung)',
    roles: ['department_lead'],
    departmentCodes: ['KFZ'],
  },
  {
    login: 'admin',
    password: 'Admin-Demo-2026!',
    displayName: 'Thomas Wagner (IT und Organisation)',
    roles: ['admin'],
    departmentCodes: [],
  },
];
