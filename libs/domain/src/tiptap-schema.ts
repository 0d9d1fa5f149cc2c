// The one description of article bodies: the extension list the editor runs. The API derives
// its ProseMirror schema from the same list (getSchema needs no DOM), so the nodes, marks,
// content rules and attribute names the server accepts are exactly those the editor produces.
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkHref } from './safe-url';

/** Heading levels the editor offers (level 1 is the article title, rendered outside the body). */
export const HEADING_LEVELS = [2, 3, 4] as const;

/** Values Tiptap's orderedList accepts for its HTML `type` attribute. */
export const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;

/** The Tiptap extensions of article bodies, shared by the editor and the API's schema. */
export const bodyExtensions = [
  /* @__PURE__ */ StarterKit.configure({
    // The toolbar offers H2 and H3; imported bodies may hold H4.
    heading: { levels: [...HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeLinkHref(url.trim()),
      HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
    },
  }),
];

/** The ProseMirror schema of article bodies, derived from bodyExtensions. */
export const bodySchema: Schema = /* @__PURE__ */ getSchema(bodyExtensions);

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

const MARK_ORDER = Object.keys(bodySchema.marks);

/** A mark type's place in the schema: ProseMirror keeps a node's marks in this order. */
export function markRank(type: string): number {
  return MARK_ORDER.indexOf(type);
}
