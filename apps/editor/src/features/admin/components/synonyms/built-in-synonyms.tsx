import type { BuiltInSynonym } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../../../../ui/data-table';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';

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
        <DataTable
          caption={m.builtInTitle}
          rows={shown}
          rowKey={(entry) => entry.terms.join(' ')}
          rowHeader={{ header: m.columnWords, cell: (entry) => entry.terms.join(', ') }}
          columns={[
            { header: m.columnAlsoFinds, cell: (entry) => (entry.means ? entry.means.join(', ') : m.mutual) },
            { header: m.columnWhy, cell: (entry) => entry.why },
          ]}
        />
      )}
    </section>
  );
}
