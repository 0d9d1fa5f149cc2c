const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const textNode = (text: unknown, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const link = (href: unknown) => ({ type: 'link', attrs: { href } });

function nested(levels: number): unknown {
  let node: unknown = paragraph(textNode('tief'));
  for (let i = 0; i < levels; i += 1) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

/** Tiptap documents the editor schema must refuse (BODY_INVALID, BODY_TOO_LARGE, UNSAFE_LINK). */
export const INVALID_TIPTAP_DOCS: readonly unknown[] = [
  {},
  { type: 'paragraph', content: [] },
  { type: 'doc', content: 'text' },
  doc({ type: 'script', text: 'alert(1)' }),
  doc({ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }),
  doc({ type: 'iframe', attrs: { src: 'javascript:alert(1)' } }),
  doc(paragraph(textNode(12345))),
  doc(paragraph(textNode('x', [{ type: 'script' }]))),
  doc(paragraph(textNode('x', [link('javascript:alert(1)')]))),
  doc(paragraph(textNode('x', [link('JaVaScRiPt:alert(1)')]))),
  doc(paragraph(textNode('x', [link('java\tscript:alert(1)')]))),
  doc(paragraph(textNode('x', [link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')]))),
  doc(paragraph(textNode('x', [link('vbscript:msgbox(1)')]))),
  doc(paragraph(textNode('x', [link('//evil.example/')]))),
  doc(paragraph(textNode('x', [{ type: 'link', attrs: { href: 'https://ok.example', onclick: 'alert(1)' } }]))),
  doc(paragraph(textNode('x', [link({ toString: 'javascript:alert(1)' })]))),
  doc({ type: 'heading', attrs: { level: 1 }, content: [textNode('x')] }),
  doc({ type: 'paragraph', attrs: { style: 'background:url(javascript:alert(1))' }, content: [textNode('x')] }),
  doc({ type: 'paragraph', content: [textNode('x')], html: '<script>alert(1)</script>' }),
  doc(paragraph(textNode('A'.repeat(100_001)))),
  doc(...Array.from({ length: 5001 }, () => ({ type: 'horizontalRule' }))),
  nested(25),
];
