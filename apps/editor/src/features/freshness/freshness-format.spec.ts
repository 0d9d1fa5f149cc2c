import { canBeVerified, describeDue, formatTrustScore } from './freshness-format';

describe('formatTrustScore', () => {
  it('shows the share as a whole German percentage', () => {
    expect(formatTrustScore(0.8666).replace(/\s/g, ' ')).toBe('87 %');
    expect(formatTrustScore(1).replace(/\s/g, ' ')).toBe('100 %');
    expect(formatTrustScore(0).replace(/\s/g, ' ')).toBe('0 %');
  });

  it('shows a dash when there are no published articles', () => {
    expect(formatTrustScore(null)).toBe('–');
  });
});

describe('describeDue', () => {
  it('counts the days until a review that is due soon', () => {
    expect(describeDue({ freshness: 'due_soon', daysLeft: 5 })).toBe('in 5 Tagen fällig');
    expect(describeDue({ freshness: 'due_soon', daysLeft: 1 })).toBe('in 1 Tag fällig');
    expect(describeDue({ freshness: 'due_soon', daysLeft: 0 })).toBe('heute fällig');
  });

  it('counts the days since an overdue review', () => {
    expect(describeDue({ freshness: 'overdue', daysLeft: -12 })).toBe('seit 12 Tagen überfällig');
    expect(describeDue({ freshness: 'overdue', daysLeft: -1 })).toBe('seit 1 Tag überfällig');
  });
});

describe('canBeVerified', () => {
  it('offers verification only for due or overdue reviews', () => {
    expect(canBeVerified({ freshness: 'overdue' })).toBe(true);
    expect(canBeVerified({ freshness: 'due_soon' })).toBe(true);
    expect(canBeVerified({ freshness: 'fresh' })).toBe(false);
  });
});
