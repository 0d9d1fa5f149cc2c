import { pageTitle, shouldFocusHeading } from './page-arrival';

describe('pageTitle', () => {
  it('names the page first, then the product', () => {
    expect(pageTitle('Suche')).toBe('Suche – BSC Wissen');
    expect(pageTitle('  Fahrzeugzulassung –\n Neuzulassung ')).toBe('Fahrzeugzulassung – Neuzulassung – BSC Wissen');
  });

  it('is the product name while the page has no heading yet', () => {
    expect(pageTitle(null)).toBe('BSC Wissen');
    expect(pageTitle('  ')).toBe('BSC Wissen');
  });
});

describe('shouldFocusHeading', () => {
  interface FakeNode {
    name: string;
    contains(node: FakeNode | null): boolean;
  }
  const field: FakeNode = { name: 'search box', contains: () => false };
  const navLink: FakeNode = { name: 'nav link', contains: () => false };
  const main: FakeNode = { name: 'main', contains: (node) => node === field || node === main };

  it('moves the focus when it stayed outside the page content, fell to nothing or stayed on the clicked link', () => {
    expect(shouldFocusHeading(main, navLink, null)).toBe(true);
    expect(shouldFocusHeading(main, null, null)).toBe(true);
    expect(shouldFocusHeading(main, main, null)).toBe(true);
    // The admin section tabs are inside the page: the clicked tab keeps the focus otherwise.
    expect(shouldFocusHeading(main, field, field)).toBe(true);
  });

  it('leaves a focus the page placed itself (the search box)', () => {
    expect(shouldFocusHeading(main, field, navLink)).toBe(false);
  });
});
