import type { AuthorityView } from '@bsc/domain';
import { ContactLimits } from '@bsc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../../api/http';
import { ErrorAlert } from '../../../ui/error-alert';
import { TextField } from '../../../ui/form-field';
import { Loading } from '../../../ui/page-loading';
import { authoritiesQuery, createAuthority, updateAuthority } from '../api/contacts-api';
import { contactMessages as m } from '../messages';
import { ScrollRegion } from '../../../ui/scroll-region';
import { SmallButton } from '../../../ui/small-button';

function AddAuthorityForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: createAuthority,
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: authoritiesQuery().queryKey });
    },
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) add.mutate(name.trim());
  }
  return (
    <form className="toolbar" onSubmit={onSubmit}>
      <div className="field--inline">
        <TextField
          label={m.authorityName}
          value={name}
          onChange={setName}
          maxLength={ContactLimits.authorityNameMax}
          error={add.isError ? errorMessage(add.error) : null}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {add.isPending ? m.adding : m.addAuthority}
      </button>
    </form>
  );
}

function AuthorityRow({ authority }: { authority: AuthorityView }) {
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => updateAuthority({ ...authority, active: !authority.active }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: authoritiesQuery().queryKey }),
  });
  return (
    <tr>
      <th scope="row">{authority.name}</th>
      <td>{authority.active ? m.active : m.inactive}</td>
      <td>
        <SmallButton disabled={toggle.isPending} onClick={() => toggle.mutate()}>
          {authority.active ? m.deactivate(authority.name) : m.activate(authority.name)}
        </SmallButton>
        {toggle.isError && <span className="field__error"> {errorMessage(toggle.error)}</span>}
      </td>
    </tr>
  );
}

/** /verwaltung/behoerden — the external authorities agents can refer citizens to. */
export function AuthoritiesPage() {
  const authorities = useQuery(authoritiesQuery());
  return (
    <section className="page" aria-labelledby="authorities-title">
      <h1 id="authorities-title">{m.authoritiesTitle}</h1>
      <p className="muted">{m.authoritiesIntro}</p>
      <AddAuthorityForm />
      {authorities.isPending && <Loading />}
      {authorities.isError && <ErrorAlert error={authorities.error} onRetry={() => void authorities.refetch()} />}
      {authorities.data && (
        <ScrollRegion label={m.authoritiesTitle}>
          <table className="table">
            <caption className="visually-hidden">{m.authoritiesTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.authorityName}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {authorities.data.map((authority) => (
                <AuthorityRow key={authority.id} authority={authority} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
