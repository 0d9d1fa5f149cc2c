import { updateContactOverride } from './contact-override';

describe('updateContactOverride', () => {
  it('creates an override from the first filled field', () => {
    expect(updateContactOverride(null, 'room', 'A.1')).toEqual({ room: 'A.1' });
  });

  it('drops cleared fields and becomes null when nothing is left', () => {
    expect(updateContactOverride({ room: 'A.1', phone: '1' }, 'room', '')).toEqual({ phone: '1' });
    expect(updateContactOverride({ room: 'A.1' }, 'room', '')).toBeNull();
  });
});
