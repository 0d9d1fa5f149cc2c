// The only place the editor mounts Tiptap. It is reached through the lazy editor route only, so
// the agent bundle never contains it.
import { bodyExtensions, type TiptapDoc } from '@bsc/domain';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId } from 'react';
import { toTiptapDoc } from '../tiptap-json';
import { EditorToolbar } from './editor-toolbar';

/** Props of BodyEditor. */
export interface BodyEditorProps {
  label: string;
  /** Initial document; later changes of this prop are ignored (re-mount to replace). */
  value: TiptapDoc;
  onChange: (doc: TiptapDoc) => void;
  readOnly: boolean;
}

/** The editor runs the extension list the API derives its body schema from. */
export const bodyEditorExtensions = bodyExtensions;

/** Rich text editor of the article body with a small toolbar. */
export function BodyEditor({ label, value, onChange, readOnly }: BodyEditorProps) {
  const labelId = useId();
  const editor = useEditor({
    extensions: bodyEditorExtensions,
    content: value,
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'body-editor__content',
      },
    },
    onUpdate: ({ editor: current }) => onChange(toTiptapDoc(current.getJSON())),
  });

  useEffect(() => {
    // emitUpdate=false: toggling editability is not an edit and must not mark the draft dirty.
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="field body-editor">
      <span id={labelId} className="field__label">
        {label}
      </span>
      {!readOnly && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
