// The only place Tiptap is loaded. It is reached through the lazy editor route only, so the
// agent bundle never contains it.
import { HEADING_LEVELS, type TiptapDoc } from '@bsc/domain';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { safeHref } from '../../../ui/rich-text/safe-href';
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

const extensions = [
  StarterKit.configure({
    // Same levels the API accepts; the toolbar offers H2 and H3, imported bodies may hold H4.
    heading: { levels: [...HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => safeHref(url) !== null,
      HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
    },
  }),
];

/** Rich text editor of the article body with a small toolbar. */
export function BodyEditor({ label, value, onChange, readOnly }: BodyEditorProps) {
  const labelId = useId();
  const editor = useEditor({
    extensions,
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
