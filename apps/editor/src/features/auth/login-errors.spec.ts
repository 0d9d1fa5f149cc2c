import { ApiError } from '../../api/api-error';
import { loginFailureFields, missingLoginFields } from './login-errors';

describe('missingLoginFields', () => {
  it('names each empty field; a blank login counts as empty', () => {
    expect(missingLoginFields('  ', '')).toEqual({
      login: 'Bitte geben Sie Ihre Benutzerkennung ein.',
      password: 'Bitte geben Sie Ihr Passwort ein.',
    });
    expect(missingLoginFields('agent', '')).toEqual({ password: 'Bitte geben Sie Ihr Passwort ein.' });
    expect(missingLoginFields('agent', 'geheim')).toEqual({});
  });
});

describe('loginFailureFields', () => {
  it('marks the password after wrong credentials', () => {
    const error = new ApiError(401, { code: 'INVALID_CREDENTIALS', message: 'Benutzername oder Passwort ist falsch.', correlationId: 'c' });
    expect(loginFailureFields(error)).toEqual({ password: 'Bitte prüfen Sie das Passwort und geben Sie es erneut ein.' });
  });

  it('marks no field when the server failed', () => {
    const error = new ApiError(503, { code: 'DATABASE_UNAVAILABLE', message: 'Datenbank nicht erreichbar.', correlationId: 'c' });
    expect(loginFailureFields(error)).toEqual({});
    expect(loginFailureFields(new Error('network'))).toEqual({});
  });
});
