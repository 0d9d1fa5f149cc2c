import { ARTICLE_KINDS, ArticleLimits, emptyArticleContent, type ArticleKind, type DepartmentView } from '@bsc/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, SelectField, TextField } from '../../../ui/form-field';
import { articleKeys, createArticle } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { workspaceMessages as m } from '../messages';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';

/** Props of NewArticleDialog. */
export interface NewArticleDialogProps {
  open: boolean;
  onClose: () => void;
  departments: DepartmentView[];
  /** Keywords the new article starts with (e.g. the words of a content gap). */
  keywords?: string[];
  /** A suggested title the author can change. */
  initialTitle?: string;
}

const KIND_OPTIONS = ARTICLE_KINDS.map((kind) => ({ value: kind, label: articleMessages.kind[kind] }));

function useCreateArticle(keywords: string[]) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { departmentId: string; kind: ArticleKind; title: string }) =>
      createArticle({
        departmentId: input.departmentId,
        kind: input.kind,
        content: { ...emptyArticleContent(input.title.trim()), keywords },
      }),
    onSuccess: (article) => {
      void queryClient.invalidateQueries({ queryKey: articleKeys.all });
      navigate(`/arbeitsbereich/artikel/${article.id}`);
    },
  });
}

function NewArticleForm({ departments, onClose, keywords = [], initialTitle = '' }: Omit<NewArticleDialogProps, 'open'>) {
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const [kind, setKind] = useState<ArticleKind>('service');
  const [title, setTitle] = useState(initialTitle);
  const [titleMissing, setTitleMissing] = useState(false);
  const create = useCreateArticle(keywords);
  const [formRef, focusFirstError] = useFocusFirstError();

  function submit(event: FormEvent) {
    event.preventDefault();
    setTitleMissing(!title.trim());
    if (!title.trim()) return focusFirstError();
    if (departmentId) create.mutate({ departmentId, kind, title });
  }

  return (
    <form className="form" onSubmit={submit} noValidate ref={formRef}>
      {create.isError && <ErrorAlert error={create.error} />}
      <SelectField
        label={m.departmentLabel}
        value={departmentId}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        onChange={setDepartmentId}
      />
      <SelectField label={m.kindLabel} value={kind} options={KIND_OPTIONS} onChange={setKind} />
      <TextField
        label={m.titleLabel}
        value={title}
        onChange={setTitle}
        maxLength={ArticleLimits.titleMax}
        required
        dialogFocus
        error={titleMissing ? m.titleRequired : null}
      />
      {keywords.length > 0 && <p className="muted">{m.startKeywords(keywords)}</p>}
      <FormActions submitLabel={m.create} busyLabel={m.creating} busy={create.isPending} onCancel={onClose} />
    </form>
  );
}

/** Department + kind + title → POST /articles, then straight into the editor. */
export function NewArticleDialog({ open, onClose, departments, keywords, initialTitle }: NewArticleDialogProps) {
  return (
    <Dialog open={open} title={m.dialogTitle} onClose={onClose}>
      {departments.length === 0 ? (
        <p>{m.noDepartments}</p>
      ) : (
        <NewArticleForm departments={departments} onClose={onClose} keywords={keywords} initialTitle={initialTitle} />
      )}
    </Dialog>
  );
}
