import { Link } from 'react-router-dom';
import { useFlagList } from '../hooks/use-flags';
import { flagMessages as m } from '../messages';

/** Link from the author workspace to the department's flag queue, with the open count. */
export function WorkspaceFlagsLink() {
  const flags = useFlagList({ status: 'open' });
  return (
    <p className="workspace-flags">
      <Link to="/arbeitsbereich/meldungen">{m.workspaceLink(flags.data?.length ?? 0)}</Link>
    </p>
  );
}
