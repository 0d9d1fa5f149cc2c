import { attr, type HtmlElement, parseHtml } from './html-tree';

describe('parseHtml', () => {
  it('builds a tree with lower-cased tags and decoded text and attributes', () => {
    const root = parseHtml('<P CLASS="x">a &amp; b<A HREF="https://a.de/?x=1&amp;y=2">c</A></P>');
    const p = root.children[0] as HtmlElement;
    expect(p.tag).toBe('p');
    expect(p.children[0]).toBe('a & b');
    const a = p.children[1] as HtmlElement;
    expect(attr(a, 'href')).toBe('https://a.de/?x=1&y=2');
  });

  it('drops scripts, styles and their content', () => {
    const root = parseHtml('<p>a<script>alert("<b>x</b>")</script><style>b{}</style><svg><text>s</text></svg>b</p>');
    expect((root.children[0] as HtmlElement).children).toEqual(['ab']);
  });

  it('flattens elements nested beyond the depth limit instead of recursing', () => {
    const root = parseHtml('<div>'.repeat(300) + 'x' + '</div>'.repeat(300) + '<p>y</p>');
    let depth = 0;
    let node: HtmlElement = root;
    while (typeof node.children[0] === 'object') {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(100);
    expect(node.children).toEqual(['x']);
    expect((root.children[1] as HtmlElement).tag).toBe('p');
  });
});

describe('attr', () => {
  it('reads only own attributes', () => {
    const element: HtmlElement = { tag: 'a', attrs: {}, children: [] };
    expect(attr(element, 'toString')).toBeUndefined();
    expect(attr(element, 'constructor')).toBeUndefined();
  });
});
