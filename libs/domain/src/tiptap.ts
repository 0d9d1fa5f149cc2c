/** A mark (bold, italic, link, …) on a Tiptap text node. */
export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of a Tiptap (ProseMirror) JSON document. */
export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
}

/** The root of a Tiptap JSON document. */
export interface TiptapDoc extends TiptapNode {
  type: 'doc';
  content: TiptapNode[];
}

/** An empty document: what a new article's body starts as. */
export function emptyDoc(): TiptapDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
