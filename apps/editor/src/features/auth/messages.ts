/** Texts of the login page. */
export const authMessages = {
  pageTitle: 'Anmeldung',
  intro: 'Bitte melden Sie sich mit Ihrer Benutzerkennung an.',
  loginLabel: 'Benutzerkennung',
  passwordLabel: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  missingFields: 'Bitte geben Sie Benutzerkennung und Passwort ein.',
  sessionLoading: 'Sitzung wird geprüft …',
} as const;
