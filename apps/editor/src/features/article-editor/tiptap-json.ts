// Tiptap's getJSON() returns loosely typed JSONContent; this copies it into the domain's
// TiptapDoc shape field by field instead of casting.
import type { TiptapDoc, TiptapMark, TiptapNode } from '@bsc/domain';

/** The loose JSON shape Tiptap produces (structurally what JSONContent is). */
export interface LooseTiptapJson {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: LooseTiptapJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

function toMark(mark: { type: string; attrs?: Record<string, unknown> }): TiptapMark {
  return mark.attrs ? { type: mark.type, attrs: { ...mark.attrs } } : { type: mark.type };
}

function toNode(json: LooseTiptapJson): TiptapNode {
  const node: TiptapNode = { type: json.type ?? 'paragraph' };
  if (json.attrs && Object.keys(json.attrs).length > 0) node.attrs = { ...json.attrs };
  if (json.content) node.content = json.content.map(toNode);
  if (json.marks && json.marks.length > 0) node.marks = json.marks.map(toMark);
  if (typeof json.text === 'string') node.text = json.text;
  return node;
}

/** Converts Tiptap's JSON output into a TiptapDoc. */
export function toTiptapDoc(json: LooseTiptapJson): TiptapDoc {
  return { type: 'doc', content: (json.content ?? []).map(toNode) };
}
