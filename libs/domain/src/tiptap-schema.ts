// The subset of Tiptap 3's StarterKit the article editor allows, as data. The API validates
// every saved body against it, the importer produces only these nodes, and the editor
// configures StarterKit to match (headings 2–4, no other extensions).

/** Node types the editor allows. */
export const TIPTAP_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
] as const;
/** A node type the editor allows. */
export type TiptapNodeType = (typeof TIPTAP_NODE_TYPES)[number];

/** Mark types the editor allows. */
export const TIPTAP_MARK_TYPES = ['bold', 'italic', 'strike', 'code', 'underline', 'link'] as const;
/** A mark type the editor allows. */
export type TiptapMarkType = (typeof TIPTAP_MARK_TYPES)[number];

/** Heading levels the editor offers (level 1 is the article title, rendered outside the body). */
export const HEADING_LEVELS = [2, 3, 4] as const;

/** Values Tiptap's orderedList accepts for its HTML `type` attribute. */
export const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;

/** Checks one attribute value; `required` attributes must be present. */
export interface AttrSpec {
  required: boolean;
  check: (value: unknown) => boolean;
  /** German description of the expected value, used in error messages. */
  expected: string;
}

/** Which children a node may hold: block nodes, inline nodes, plain text, list items or none. */
export type ChildKind = 'block' | 'inline' | 'plainText' | 'listItem' | 'none';

/** What the validator needs to know about one node type. */
export interface NodeSpec {
  children: ChildKind;
  /** Must hold at least one child (ProseMirror's "+" content expressions). */
  nonEmpty: boolean;
  /** Whether marks may be set on the node (inline nodes only). */
  marks: boolean;
  attrs: Readonly<Record<string, AttrSpec>>;
}

const optionalStringOrNull: AttrSpec = {
  required: false,
  check: (v) => v === null || typeof v === 'string',
  expected: 'Text oder null',
};

const block = (children: ChildKind, nonEmpty = false, attrs: Record<string, AttrSpec> = {}): NodeSpec => ({
  children,
  nonEmpty,
  marks: false,
  attrs,
});

/** The node types with their allowed children and attributes. */
export const NODE_SPECS: ReadonlyMap<TiptapNodeType, NodeSpec> = new Map<TiptapNodeType, NodeSpec>([
  ['doc', block('block')],
  ['paragraph', block('inline')],
  [
    'heading',
    block('inline', false, {
      level: {
        required: true,
        check: (v) => (HEADING_LEVELS as readonly unknown[]).includes(v),
        expected: 'Überschriftenebene 2, 3 oder 4',
      },
    }),
  ],
  ['blockquote', block('block', true)],
  ['codeBlock', block('plainText', false, { language: optionalStringOrNull })],
  ['bulletList', block('listItem', true)],
  [
    'orderedList',
    block('listItem', true, {
      start: { required: false, check: (v) => Number.isSafeInteger(v), expected: 'ganze Zahl' },
      type: {
        required: false,
        check: (v) => v === null || (ORDERED_LIST_TYPES as readonly unknown[]).includes(v),
        expected: 'Nummerierungsart 1, a, A, i oder I',
      },
    }),
  ],
  ['listItem', block('block', true)],
  ['horizontalRule', block('none')],
  ['hardBreak', { children: 'none', nonEmpty: false, marks: true, attrs: {} }],
  ['text', { children: 'none', nonEmpty: false, marks: true, attrs: {} }],
]);

/** Node types that may appear where block content is expected. */
export const BLOCK_NODE_TYPES: ReadonlySet<string> = new Set<TiptapNodeType>([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'bulletList',
  'orderedList',
  'horizontalRule',
]);

/** Node types that may appear inside a paragraph or heading. */
export const INLINE_NODE_TYPES: ReadonlySet<string> = new Set<TiptapNodeType>(['text', 'hardBreak']);

/** The mark types with their allowed attributes (Tiptap 3's Link serialises all five). */
export const MARK_SPECS: ReadonlyMap<TiptapMarkType, Readonly<Record<string, AttrSpec>>> = new Map<
  TiptapMarkType,
  Record<string, AttrSpec>
>([
  ['bold', {}],
  ['italic', {}],
  ['strike', {}],
  ['code', {}],
  ['underline', {}],
  [
    'link',
    {
      href: {
        required: true,
        check: (v) => typeof v === 'string' && v.trim() !== '',
        expected: 'Link-Adresse',
      },
      target: optionalStringOrNull,
      rel: optionalStringOrNull,
      class: optionalStringOrNull,
      title: optionalStringOrNull,
    },
  ],
]);

/** Whether a string names an allowed node type. */
export function isTiptapNodeType(type: unknown): type is TiptapNodeType {
  return typeof type === 'string' && NODE_SPECS.has(type as TiptapNodeType);
}

/** Whether a string names an allowed mark type. */
export function isTiptapMarkType(type: unknown): type is TiptapMarkType {
  return typeof type === 'string' && MARK_SPECS.has(type as TiptapMarkType);
}
