import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { useFlagList } from '../hooks/use-flags';
import { flagMessages as m } from '../messages';
import { MyFlagsTable } from './my-flags-table';
import '../flags.css';

/** /meine-meldungen — the flags the user raised, with status and the department's answer. */
export function MyFlagsPage() {
  const flags = useFlagList({ mine: true });
  return (
    <section className="page" aria-labelledby="my-flags-title">
      <h1 id="my-flags-title">{m.myTitle}</h1>
      <p className="muted">{m.myIntro}</p>
      {flags.isPending && <Loading />}
      {flags.isError && <ErrorAlert error={flags.error} onRetry={() => void flags.refetch()} />}
      {flags.data && flags.data.length === 0 && <p>{m.myEmpty}</p>}
      {flags.data && flags.data.length > 0 && <MyFlagsTable flags={flags.data} />}
    </section>
  );
}
