import { startedNew, withOpened, withoutArticle, withRecorded, type ContactSessionState } from './contact-session';

const empty: ContactSessionState = { number: 0, articles: [], recorded: null };
const a = { id: 'a', title: 'Auto ummelden', departmentId: 'kfz' };
const b = { id: 'b', title: 'Perso verloren', departmentId: 'bsc' };

describe('contact session', () => {
  it('collects each opened article once, and the agent can remove one', () => {
    const opened = withOpened(withOpened(withOpened(empty, a), b), a);
    expect(opened.articles.map((x) => x.id)).toEqual(['a', 'b']);
    expect(withoutArticle(opened, 'a').articles.map((x) => x.id)).toEqual(['b']);
  });

  it('starts the next contact when an article is opened after the outcome was recorded', () => {
    const recorded = withRecorded(withOpened(empty, a), 'settled', 'phone');
    const next = withOpened(recorded, b);
    expect(next).toEqual({ number: 1, articles: [b], recorded: null });
  });

  it('"Neues Anliegen" clears articles and outcome', () => {
    expect(startedNew(withRecorded(withOpened(empty, a), 'callback', 'email'))).toEqual({ number: 1, articles: [], recorded: null });
  });
});
