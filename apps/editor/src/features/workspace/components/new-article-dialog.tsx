import { ARTICLE_KINDS, ArticleLimits, emptyArticleContent, type ArticleKind, type DepartmentView } from '@bsc/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { articleKeys, createArticle } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { workspaceMessages as m } from '../messages';


/** Props of NewArticleDialog. */
export interface NewArticleDialogProps {
  open: boolean;
  onClose: () => void;
  departments: DepartmentView[];
}

/** Department + kind + title → POST /articles, then straight into the editor. */
export function NewArticleDialog({ open, onClose, departments }: NewArticleDialogProps) {
  const [departmentId, setDepartmentId] = useState('');
  const [kind, setKind] = useState<ArticleKind>('service');
  const [title, setTitle] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const selectedDepartment = departmentId || departments[0]?.id || '';
  const mutation = useMutation({
    mutationFn: () => createArticle({ departmentId: selectedDepartment, kind, content: emptyArticleContent(title.trim()) }),
    onSuccess: (article) => {
      void queryClient.invalidateQueries({ queryKey: articleKeys.all });
      navigate(`/arbeitsbereich/artikel/${article.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTitleMissing(!title.trim());
    if (title.trim() && selectedDepartment) mutation.mutate();
  }

  return (
    <Dialog open={open} title={m.dialogTitle} onClose={onClose}>
      {departments.length === 0 ? (
        <p>{m.noDepartments}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <div className="field">
            <label htmlFor="new-department">{m.departmentLabel}</label>
            <select id="new-department" value={selectedDepartment} onChange={(e) => setDepartmentId(e.target.value)}>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-kind">{m.kindLabel}</label>
            <select id="new-kind" value={kind} onChange={(e) => setKind(ARTICLE_KINDS.find((k) => k === e.target.value) ?? 'service')}>
              {ARTICLE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {articleMessages.kind[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-title">{m.titleLabel}</label>
            <input
              id="new-title"
              value={title}
              maxLength={ArticleLimits.titleMax}
              required
              aria-invalid={titleMissing || undefined}
              aria-describedby={titleMissing ? 'new-title-error' : undefined}
              onChange={(e) => setTitle(e.target.value)}
              data-autofocus=""
            />
            {titleMissing && (
              <p id="new-title-error" className="field__error">
                {m.titleRequired}
              </p>
            )}
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={mutation.isPending}>
              {mutation.isPending ? m.creating : m.create}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {m.cancel}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
