import type { TiptapDoc } from '@bsc/domain';
import { tiptapToPlainText } from '../../ui/rich-text/plain-text';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The body as "Weitere Informationen" shows it: without the paragraph the short answer already
 * says word for word. An imported article's short answer is the first paragraph of the
 * catalogue's description and its body the whole description (dldb-mapping.ts), so the card
 * showed that paragraph twice, one above the other. Only a paragraph that is the first block
 * (after headings) and equals the short answer goes, with headings it leaves over nothing; a
 * short answer that shortens the paragraph ("… ") leaves the body whole. The article itself is
 * unchanged: authors edit the full body.
 */
export function detailsBody(body: TiptapDoc, shortAnswer: string): TiptapDoc {
  const wanted = collapse(shortAnswer);
  if (wanted === '') return body;
  const first = body.content.findIndex((node) => node.type !== 'heading');
  const block = body.content[first];
  if (block?.type !== 'paragraph' || collapse(tiptapToPlainText({ type: 'doc', content: [block] })) !== wanted) return body;
  // The headings over it head nothing when a heading or the end follows it.
  const next = body.content[first + 1];
  const from = next === undefined || next.type === 'heading' ? first + 1 : 0;
  return { ...body, content: [...body.content.slice(from, first), ...body.content.slice(first + 1)] };
}
