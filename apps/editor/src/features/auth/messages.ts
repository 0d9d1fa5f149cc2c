/** Texts of the login page. */
export const authMessages = {
  pageTitle: 'Anmeldung',
  intro: 'Bitte melden Sie sich mit Ihrer Benutzerkennung an.',
  loginLabel: 'Benutzerkennung',
  passwordLabel: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  loginRequired: 'Bitte geben Sie Ihre Benutzerkennung ein.',
  passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
  passwordRetry: 'Bitte prüfen Sie das Passwort und geben Sie es erneut ein.',
  sessionLoading: 'Sitzung wird geprüft …',
  sessionEnded: 'Sitzung abgelaufen – bitte erneut anmelden; Ihre Änderungen bleiben erhalten.',
  expiryTitle: 'Ihre Sitzung läuft bald ab',
  expiryText: (minutes: number) =>
    `Ohne Aktivität werden Sie in ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} abgemeldet. Nicht gespeicherte Änderungen bleiben in diesem Browser erhalten.`,
  stayLoggedIn: 'Angemeldet bleiben',
  stayingLoggedIn: 'Wird verlängert …',
} as const;
