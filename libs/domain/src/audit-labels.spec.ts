import { AUDIT_ACTION_LABELS, auditActionLabel, auditDetailLabel } from './audit-labels';

describe('audit labels', () => {
  it('names actions and detail fields in German', () => {
    expect(auditActionLabel('article.approved')).toBe('Freigegeben');
    expect(auditDetailLabel('changeNote')).toBe('Änderungsnotiz');
  });

  it('shows what it does not know (a newer server, the import report) as stored', () => {
    expect(auditActionLabel('article.teleported')).toBe('article.teleported');
    expect(auditDetailLabel('servicesRead')).toBe('servicesRead');
  });

  it('gives every action its own label, so the action filter has no two equal entries', () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
