import { parseSnippet, type SnippetPart } from '../snippet-parts';

/** Renders snippet parts with highlighted matches, as text only. */
export function SnippetParts({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}

/** Renders a search snippet with highlighted matches, as text only. */
export function SnippetText({ snippet }: { snippet: string }) {
  return <SnippetParts parts={parseSnippet(snippet)} />;
}
