import { isSafeLinkHref, urlScheme } from './safe-url';

describe('urlScheme', () => {
  it.each([
    ['https://a.de', 'https:'],
    ['MAILTO:x@y.de', 'mailto:'],
    [' \tjava\r\nscript:alert(1)', 'javascript:'],
    ['jav\u00a0ascript:x', 'javascript:'],
    ['\ufeffdata:text/html,x', 'data:'],
    ['/pfad', null],
    ['#anker', null],
    ['', null],
    ['1http:x', null],
  ])('reads %j as %j', (href, scheme) => {
    expect(urlScheme(href)).toBe(scheme);
  });
});

describe('isSafeLinkHref', () => {
  it('allows only http, https, mailto and tel', () => {
    expect(['http://a', 'https://a', 'mailto:a', 'tel:1'].every(isSafeLinkHref)).toBe(true);
    expect(['ftp://a', 'javascript:x', 'data:x', 'blob:x', 'a.html'].some(isSafeLinkHref)).toBe(false);
  });
});
