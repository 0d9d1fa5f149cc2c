import type { TiptapNode } from '@bsc/domain';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'listItem', 'horizontalRule']);

function inlineText(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

function blockLines(node: TiptapNode, prefix: string): string[] {
  if (node.type === 'horizontalRule') return ['---'];
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
    return (node.content ?? []).flatMap((item, index) =>
      blockLines(item, node.type === 'bulletList' ? `${prefix}- ` : `${prefix}${start + index}. `),
    );
  }
  if (node.type === 'listItem') {
    const [first, ...rest] = (node.content ?? []).flatMap((child) => blockLines(child, '  '));
    return first === undefined ? [prefix.trimEnd()] : [`${prefix}${first.trimStart()}`, ...rest];
  }
  if (node.content?.some((child) => BLOCKS.has(child.type) || child.type.endsWith('List'))) {
    return node.content.flatMap((child) => blockLines(child, prefix));
  }
  return [`${prefix}${inlineText(node)}`];
}

/** Plain text of a Tiptap document: one line per block, lists with "- " or "1. ". */
export function tiptapToPlainText(doc: TiptapNode): string {
  return (doc.content ?? [])
    .flatMap((node) => blockLines(node, ''))
    .join('\n')
    .trim();
}
