import type { TiptapMark, TiptapNode } from './tiptap';

// Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// HTML collapses these; the catalogue uses &nbsp; only as filler, so it is collapsed too.
const WHITESPACE = /[\s\u00a0]+/g;

/**
 * Collects block nodes from a stream of inline content and blocks, as HTML flows: inline
 * content between blocks becomes a paragraph; whitespace is collapsed and trimmed like a
 * browser renders it; empty paragraphs are dropped.
 */
export class TiptapFlow {
  /** The finished block nodes. */
  readonly blocks: TiptapNode[] = [];
  private inline: TiptapNode[] = [];

  /** Adds raw text with the given marks. */
  addText(text: string, marks: readonly TiptapMark[]): void {
    const node: TiptapNode = { type: 'text', text };
    if (marks.length > 0) node.marks = [...marks];
    this.inline.push(node);
  }

  /** Adds a hard line break. */
  addBreak(): void {
    this.inline.push({ type: 'hardBreak' });
  }

  /** Adds already built inline nodes. */
  addInline(nodes: readonly TiptapNode[]): void {
    this.inline.push(...nodes);
  }

  /** Ends the current paragraph, if it has any visible content. */
  flush(): void {
    const content = cleanInline(this.inline);
    this.inline = [];
    if (content.length > 0) this.blocks.push({ type: 'paragraph', content });
  }

  /** Ends the current paragraph and appends a block. */
  addBlock(block: TiptapNode): void {
    this.flush();
    this.blocks.push(block);
  }

  /** Ends the current paragraph and returns all blocks. */
  finish(): TiptapNode[] {
    this.flush();
    return this.blocks;
  }
}

/**
 * Normalises a run of inline nodes: removes invisible characters, collapses whitespace (also
 * across node boundaries), trims around line breaks, drops leading and trailing breaks and
 * merges neighbouring text nodes with the same marks.
 */
export function cleanInline(nodes: readonly TiptapNode[]): TiptapNode[] {
  const out: TiptapNode[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      trimEnd(out);
      out.push(node);
      continue;
    }
    const last = out.at(-1);
    let value = (node.text ?? '').replace(INVISIBLE, '').replace(WHITESPACE, ' ');
    if (!last || last.type !== 'text' || last.text?.endsWith(' ')) value = value.replace(/^ /, '');
    if (value === '') continue;
    if (last?.type === 'text' && sameMarks(last.marks, node.marks)) last.text += value;
    else out.push({ ...node, text: value });
  }
  trimEnd(out);
  while (out[0]?.type === 'hardBreak') out.shift();
  while (out.at(-1)?.type === 'hardBreak') {
    out.pop();
    trimEnd(out);
  }
  return out;
}

function trimEnd(out: TiptapNode[]): void {
  let last = out.at(-1);
  while (last?.type === 'text') {
    last.text = (last.text ?? '').replace(/ $/, '');
    if (last.text !== '') return;
    out.pop();
    last = out.at(-1);
  }
}

function sameMarks(a: readonly TiptapMark[] | undefined, b: readonly TiptapMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/** The inline content of blocks as one run, blocks separated by a space (for table cells). */
export function flattenInline(blocks: readonly TiptapNode[]): TiptapNode[] {
  const out: TiptapNode[] = [];
  for (const block of blocks) {
    const parts = TEXTBLOCKS.has(block.type) ? (block.content ?? []) : flattenInline(block.content ?? []);
    if (parts.length === 0) continue;
    if (out.length > 0) out.push({ type: 'text', text: ' ' });
    out.push(...parts);
  }
  return out;
}
