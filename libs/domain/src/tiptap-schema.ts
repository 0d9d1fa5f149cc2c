// The one description of article bodies: the extension list the editor runs. The API derives
// its ProseMirror schema from the same list (getSchema needs no DOM), so the nodes, marks,
// content rules and attribute names the server accepts are exactly those the editor produces.
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkHref } from './safe-url';
import { HEADING_LEVELS } from './tiptap-attr-rules';

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

/** A mark type's place in the schema: ProseMirror keeps a node's marks in this order. */
export function markRank(type: string): number {
  // Read on call: a top-level read of the schema would keep Tiptap in the agent bundle.
  return Object.keys(bodySchema.marks).indexOf(type);
}
