import type { BuiltInSynonym } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import { ScrollRegion } from '../../../../ui/scroll-region';
import { builtInSynonymsQuery } from '../../api/synonyms-api';
import { adminMessages } from '../../messages';
import { matchesFilter } from '../../text-match';

const m = adminMessages.synonyms;

function matches(filter: string, entry: BuiltInSynonym): boolean {
  return matchesFilter(filter, ...entry.terms, ...(entry.means ?? []), entry.why);
}

/** The thesaurus that ships with the product (search-config/synonyms.json): read-only, with its count. */
export function BuiltInSynonyms({ filter }: { filter: string }) {
  const builtIn = useQuery(builtInSynonymsQuery());
  const entries = builtIn.data?.entries ?? [];
  const shown = entries.filter((entry) => matches(filter, entry));
  return (
    <section aria-labelledby="built-in-synonyms-title">
      <h2 id="built-in-synonyms-title">{m.builtInTitle}</h2>
      <p className="muted">{m.builtInIntro}</p>
      {builtIn.isPending && <Loading />}
      {builtIn.isError && <ErrorAlert error={builtIn.error} onRetry={() => void builtIn.refetch()} />}
      {builtIn.data && (
        <p className="muted" role="status">
          {shown.length === entries.length ? m.builtInCount(entries.length) : m.builtInShown(shown.length, entries.length)}
        </p>
      )}
      {shown.length > 0 && (
        <ScrollRegion label={m.builtInTitle}>
          <table className="table">
            <caption className="visually-hidden">{m.builtInTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnWords}</th>
                <th scope="col">{m.columnAlsoFinds}</th>
                <th scope="col">{m.columnWhy}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.terms.join(' ')}>
                  <th scope="row">{entry.terms.join(', ')}</th>
                  <td>{entry.means ? entry.means.join(', ') : m.mutual}</td>
                  <td>{entry.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
