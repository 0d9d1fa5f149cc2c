import { parseSnippet } from '../snippet-parts';

/** Renders a search snippet with highlighted matches, as text only. */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {parseSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
