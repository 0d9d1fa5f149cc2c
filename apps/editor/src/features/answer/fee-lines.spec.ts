import { feeLines } from './fee-lines';

describe('feeLines', () => {
  it('gives each fee the author wrote on its own line an entry', () => {
    expect(feeLines('Umschreibung: 26,30 €\r\nOnline über i-Kfz: 24,10 €\n\n  Wunschkennzeichen: 10,20 €  ')).toEqual([
      'Umschreibung: 26,30 €',
      'Online über i-Kfz: 24,10 €',
      'Wunschkennzeichen: 10,20 €',
    ]);
  });

  it('keeps a one-line text as one entry', () => {
    expect(feeLines('Die Erklärung kostet 29 Euro.')).toEqual(['Die Erklärung kostet 29 Euro.']);
  });
});
