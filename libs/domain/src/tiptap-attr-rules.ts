// What the body schema leaves open about attribute values, kept free of Tiptap so that the
// read-only view in the agent bundle can use it without loading the editor.

/** Heading levels the editor offers (level 1 is the article title, rendered outside the body). */
export const HEADING_LEVELS = [2, 3, 4] as const;

/** Values Tiptap's orderedList accepts for its HTML `type` attribute. */
export const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;

/** A rule for an attribute value the extension list leaves open (Tiptap accepts any JSON). */
export interface AttrRule {
  /** Must be present even though the schema has a default (heading 1 is not a body heading). */
  required: boolean;
  check: (value: unknown) => boolean;
  /** German description of the expected value, used in error messages. */
  expected: string;
}

/** An attribute without a rule of its own may only be text or null. */
export const DEFAULT_ATTR_RULE: AttrRule = {
  required: false,
  check: (v) => v === null || typeof v === 'string',
  expected: 'Text oder null',
};

/** Value rules of the attributes that are not plain text, by node or mark type and name. */
export const BODY_ATTR_RULES: Readonly<Record<string, Readonly<Record<string, AttrRule>>>> = {
  heading: {
    level: {
      required: true,
      check: (v) => (HEADING_LEVELS as readonly unknown[]).includes(v),
      expected: 'Überschriftenebene 2, 3 oder 4',
    },
  },
  orderedList: {
    start: { required: false, check: (v) => Number.isSafeInteger(v), expected: 'ganze Zahl' },
    type: {
      required: false,
      check: (v) => v === null || (ORDERED_LIST_TYPES as readonly unknown[]).includes(v),
      expected: 'Nummerierungsart 1, a, A, i oder I',
    },
  },
  link: {
    href: { required: true, check: (v) => typeof v === 'string' && v.trim() !== '', expected: 'Link-Adresse' },
  },
};

/** The value rule of one attribute of a node or mark type. */
export function attrRule(type: string, name: string): AttrRule {
  const rules = Object.hasOwn(BODY_ATTR_RULES, type) ? BODY_ATTR_RULES[type] : undefined;
  return rules && Object.hasOwn(rules, name) ? rules[name] : DEFAULT_ATTR_RULE;
}
