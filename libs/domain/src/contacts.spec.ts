import {
  addDays,
  assertContactTarget,
  contactRange,
  contactScope,
  contradictionOf,
  officeDate,
  type ContactArticleCounts,
} from './contacts';
import { DomainError } from './errors';

const DEPT_A = '11111111-1111-4111-8111-111111111111';
const DEPT_B = '22222222-2222-4222-8222-222222222222';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

describe('assertContactTarget', () => {
  it('wants a department exactly for forwarding and an authority exactly for a referral', () => {
    expect(codeOf(() => assertContactTarget({ outcome: 'forwarded', departmentId: DEPT_A }))).toBeUndefined();
    expect(codeOf(() => assertContactTarget({ outcome: 'referred', authorityId: DEPT_A }))).toBeUndefined();
    expect(codeOf(() => assertContactTarget({ outcome: 'settled' }))).toBeUndefined();
    expect(codeOf(() => assertContactTarget({ outcome: 'forwarded' }))).toBe('CONTACT_TARGET_INVALID');
    expect(codeOf(() => assertContactTarget({ outcome: 'referred', departmentId: DEPT_A }))).toBe('CONTACT_TARGET_INVALID');
    expect(codeOf(() => assertContactTarget({ outcome: 'settled', departmentId: DEPT_A }))).toBe('CONTACT_TARGET_INVALID');
  });
});

describe('contactScope', () => {
  it('lets admins and the BSC lead see everything or one department', () => {
    expect(contactScope({ roles: ['admin'], departmentIds: [] })).toEqual({ all: true });
    expect(contactScope({ roles: ['bsc_lead'], departmentIds: [] }, DEPT_B)).toEqual({ all: false, departmentIds: [DEPT_B] });
  });

  it('keeps a department lead to their own departments', () => {
    const lead = { roles: ['department_lead' as const], departmentIds: [DEPT_A] };
    expect(contactScope(lead)).toEqual({ all: false, departmentIds: [DEPT_A] });
    expect(contactScope(lead, DEPT_A)).toEqual({ all: false, departmentIds: [DEPT_A] });
    expect(codeOf(() => contactScope(lead, DEPT_B))).toBe('CONTACT_SCOPE_FORBIDDEN');
    expect(codeOf(() => contactScope({ roles: ['agent'], departmentIds: [DEPT_A] }))).toBe('FORBIDDEN');
  });
});

describe('contradictionOf', () => {
  const base: ContactArticleCounts = {
    articleId: 'a',
    title: 'T',
    departmentId: DEPT_A,
    departmentName: 'A',
    bscResolution: 'complete',
    total: 10,
    settled: 4,
    forwarded: 6,
    referred: 0,
    rate: 0.4,
  };

  it('flags "complete" articles that are mostly forwarded and "referral" articles mostly settled', () => {
    expect(contradictionOf(base)).toBe('declared_complete_mostly_forwarded');
    expect(contradictionOf({ ...base, bscResolution: 'referral', settled: 6, forwarded: 4 })).toBe('declared_referral_mostly_settled');
    expect(contradictionOf({ ...base, forwarded: 5, settled: 5 })).toBeNull();
    expect(contradictionOf({ ...base, bscResolution: 'partial' })).toBeNull();
  });

  it('needs enough contacts to call it a contradiction', () => {
    expect(contradictionOf({ ...base, total: 4, forwarded: 4, settled: 0 })).toBeNull();
  });
});

describe('contactRange', () => {
  const now = new Date('2027-01-03T23:30:00Z'); // already 4 January in Berlin

  it('defaults to the last twelve weeks up to today in Berlin', () => {
    expect(officeDate(now)).toBe('2027-01-04');
    expect(contactRange(now)).toEqual({ from: addDays('2027-01-04', -83), to: '2027-01-04' });
  });

  it('rejects reversed, unreal and overlong ranges', () => {
    expect(codeOf(() => contactRange(now, '2027-01-05', '2027-01-04'))).toBe('CONTACT_RANGE_INVALID');
    expect(codeOf(() => contactRange(now, '2027-02-30', '2027-03-04'))).toBe('CONTACT_RANGE_INVALID');
    expect(codeOf(() => contactRange(now, '2020-01-01', '2027-01-04'))).toBe('CONTACT_RANGE_INVALID');
    expect(contactRange(now, '2026-12-28', '2027-01-10')).toEqual({ from: '2026-12-28', to: '2027-01-10' });
  });
});
