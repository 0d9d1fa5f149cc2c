import { ApiError } from '../../api/http';
import { fieldErrors, incompleteFields, refusedFields } from './field-errors';
import { editorMessages as m } from './messages';

const refused = new ApiError(400, {
  code: 'VALIDATION_FAILED',
  message: 'Die Eingabe ist ungültig.',
  correlationId: 'c',
  details: {
    fields: [
      { field: 'content.fees', message: 'fees must be shorter' },
      { field: 'content.links.0.url', message: 'x' },
    ],
  },
});

describe('fieldErrors', () => {
  it('maps the fields a refused save names to the form paths', () => {
    expect(refusedFields(refused)).toEqual(['fees', 'links.0.url']);
    expect(refusedFields(new Error('x'))).toEqual([]);
  });

  it("prefers the draft's own problem text and uses a general one for the rest", () => {
    const errors = fieldErrors([{ field: 'links.0.url', message: 'Adresse ungültig', blocksSave: true }], refused);
    expect(errors).toEqual({ fees: m.fieldRefused, 'links.0.url': 'Adresse ungültig' });
  });
});

describe('incompleteFields', () => {
  it('lists the fields of a refused submit with their labels', () => {
    const error = new ApiError(400, {
      code: 'DRAFT_INCOMPLETE',
      message: 'x',
      correlationId: '',
      details: {
        fields: [
          { field: 'leikaKey', message: 'Der LeiKa-Schlüssel besteht aus 14 Ziffern.', blocksSave: false },
          { field: 'links.1.url', message: 'Adresse ungültig', blocksSave: true },
        ],
      },
    });
    expect(incompleteFields(error)).toEqual([
      'LeiKa-Schlüssel: Der LeiKa-Schlüssel besteht aus 14 Ziffern.',
      'Link 2: Adresse: Adresse ungültig',
    ]);
    expect(incompleteFields(refused)).toEqual([]);
  });
});
