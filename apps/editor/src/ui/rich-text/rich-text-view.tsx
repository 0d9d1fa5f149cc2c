// Renders stored Tiptap JSON read-only without loading Tiptap (keeps the agent bundle small).
// Only the node and mark types the editor allows are rendered; anything else shows its text.
import { ORDERED_LIST_TYPES, type TiptapMark, type TiptapNode } from '@bsc/domain';
import { Fragment, type ReactNode } from 'react';
import { safeHref } from './safe-href';

// The page owns h1 (and usually h2), so body headings start at h2 and never exceed h6.
const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

function headingTag(level: unknown, offset: number): (typeof HEADING_TAGS)[number] {
  const base = typeof level === 'number' && level >= 1 && level <= 6 ? level : 2;
  const clamped = Math.min(Math.max(base + offset, 2), 6);
  return HEADING_TAGS[clamped - 2] ?? 'h6';
}

function listStart(node: TiptapNode): number | undefined {
  return typeof node.attrs?.start === 'number' ? node.attrs.start : undefined;
}

function listType(node: TiptapNode): '1' | 'a' | 'A' | 'i' | 'I' | undefined {
  return ORDERED_LIST_TYPES.find((type) => type === node.attrs?.type);
}

function applyMark(mark: TiptapMark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{child}</strong>;
    case 'italic':
      return <em key={key}>{child}</em>;
    case 'strike':
      return <s key={key}>{child}</s>;
    case 'code':
      return <code key={key}>{child}</code>;
    case 'underline':
      return <u key={key}>{child}</u>;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      if (!href) return child;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {child}
        </a>
      );
    }
    default:
      return child;
  }
}

function renderText(node: TiptapNode, key: number): ReactNode {
  return (node.marks ?? []).reduce<ReactNode>((child, mark) => applyMark(mark, child, key), node.text ?? '');
}

function renderChildren(node: TiptapNode, offset: number): ReactNode[] {
  return (node.content ?? []).map((child, index) => renderNode(child, index, offset));
}

function renderNode(node: TiptapNode, key: number, offset: number): ReactNode {
  const children = () => renderChildren(node, offset);
  switch (node.type) {
    case 'text':
      return renderText(node, key);
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading': {
      const Tag = headingTag(node.attrs?.level, offset);
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={listStart(node)} type={listType(node)}>
          {children()}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children()}</code>
        </pre>
      );
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return <Fragment key={key}>{children()}</Fragment>;
  }
}

/**
 * Read-only view of a Tiptap document. `headingOffset` shifts heading levels so body headings
 * nest under the page's own section headings (a body H2 becomes an H3 with the default 1).
 */
export function RichTextView({ doc, headingOffset = 1 }: { doc: TiptapNode; headingOffset?: number }) {
  return <div className="rich-text">{renderChildren(doc, headingOffset)}</div>;
}
