import type { NotificationView } from '@bsc/domain';
import { describeNotification } from './notification-text';

function notification(overrides: Partial<NotificationView>): NotificationView {
  return {
    id: 'flag_resolved.f-1',
    kind: 'flag_resolved',
    at: '2026-11-20T10:00:00.000Z',
    read: false,
    articleId: 'art-1',
    articleTitle: 'Fahrzeug ummelden',
    departmentId: 'dep-1',
    actorName: null,
    text: null,
    flagReason: null,
    fixedInVersion: null,
    freshness: null,
    dueAt: null,
    ...overrides,
  };
}

describe('describeNotification', () => {
  it('tells the flagging agent the outcome and links to the published answer', () => {
    const text = describeNotification(notification({ actorName: 'Frau Autorin', fixedInVersion: 4, text: 'Gebühr korrigiert' }));
    expect(text.title).toBe('Ihre Meldung wurde erledigt: Fahrzeug ummelden');
    expect(text.href).toBe('/artikel/art-1');
    expect(text.details).toEqual(['von Frau Autorin', 'behoben in Version 4']);
  });

  it('names the reason of a new flag and sends the author to the editor', () => {
    const text = describeNotification(notification({ kind: 'flag_created', flagReason: 'wrong', actorName: 'Agent' }));
    expect(text.title).toBe('Neue Meldung zu: Fahrzeug ummelden');
    expect(text.details).toEqual(['Grund: falsch', 'von Agent']);
    expect(text.href).toBe('/arbeitsbereich/artikel/art-1');
  });

  it('sends reviewers to the review of a submitted draft', () => {
    expect(describeNotification(notification({ kind: 'review_requested' })).href).toBe('/freigaben/art-1');
  });

  it('distinguishes overdue from due-soon reviews and shows the due date', () => {
    const overdue = describeNotification(notification({ kind: 'review_due', freshness: 'overdue', dueAt: '2026-11-01T09:00:00.000Z' }));
    expect(overdue.title).toBe('Prüfung überfällig: Fahrzeug ummelden');
    expect(overdue.details).toEqual(['fällig am 01.11.2026']);
    expect(describeNotification(notification({ kind: 'review_due', freshness: 'due_soon' })).title).toBe(
      'Prüfung bald fällig: Fahrzeug ummelden',
    );
  });

  it('words the end of validity for expiring articles', () => {
    const text = describeNotification(notification({ kind: 'expiring', dueAt: '2026-12-01T09:00:00.000Z' }));
    expect(text.title).toBe('Gültigkeit endet bald: Fahrzeug ummelden');
    expect(text.details).toEqual(['endet am 01.12.2026']);
  });

  it('escapes odd article ids in the link', () => {
    expect(describeNotification(notification({ articleId: 'a/b' })).href).toBe('/artikel/a%2Fb');
  });
});
