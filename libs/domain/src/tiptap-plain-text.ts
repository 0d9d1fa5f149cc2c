import type { TiptapNode } from './tiptap';

// Nodes whose content is a run of inline text: each becomes exactly one line.
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The text of a Tiptap document: one line per paragraph, heading, code block and list item
 * paragraph; hard breaks become line breaks; horizontal rules add nothing. Used for search,
 * diffs and the body length limit.
 */
export function toPlainText(doc: TiptapNode): string {
  return blockLines(doc).join('\n');
}

function blockLines(node: TiptapNode): string[] {
  if (TEXTBLOCKS.has(node.type)) return [inlineText(node)];
  if (node.type === 'text') return [node.text ?? ''];
  return (node.content ?? []).flatMap(blockLines);
}

function inlineText(node: TiptapNode): string {
  return (node.content ?? [])
    .map((child) => {
      if (child.type === 'text') return child.text ?? '';
      if (child.type === 'hardBreak') return '\n';
      return inlineText(child);
    })
    .join('');
}
