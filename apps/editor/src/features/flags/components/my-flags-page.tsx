import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/badge';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDateTime } from '../../../ui/format-date';
import { Loading } from '../../../ui/page-loading';
import { useFlagList } from '../hooks/use-flags';
import { flagMessages as m } from '../messages';
import { CommentCell, ReasonCell, ResultCell } from './flag-cells';
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
      {flags.data && flags.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{m.myTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnArticle}</th>
                <th scope="col">{m.columnReason}</th>
                <th scope="col">{m.columnComment}</th>
                <th scope="col">{m.columnCreated}</th>
                <th scope="col">{m.columnStatus}</th>
                <th scope="col">{m.columnResult}</th>
              </tr>
            </thead>
            <tbody>
              {flags.data.map((flag) => (
                <tr key={flag.id}>
                  <th scope="row">
                    <Link to={`/artikel/${encodeURIComponent(flag.articleId)}`}>{flag.articleTitle}</Link>
                  </th>
                  <td>
                    <ReasonCell flag={flag} />
                  </td>
                  <td>
                    <CommentCell flag={flag} />
                  </td>
                  <td>{formatDateTime(flag.createdAt)}</td>
                  <td>
                    <Badge tone={flag.status === 'open' ? 'warning' : 'success'}>{m.status[flag.status]}</Badge>
                  </td>
                  <td>
                    <ResultCell flag={flag} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
