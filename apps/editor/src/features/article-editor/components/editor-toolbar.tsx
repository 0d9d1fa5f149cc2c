import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type KeyboardEvent } from 'react';
import { safeHref } from '../../../ui/rich-text/safe-href';
import { editorMessages as m } from '../messages';

interface ToolbarButton {
  key: string;
  label: string;
  text: string;
  active: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

function editLink(editor: Editor): void {
  const current = editor.getAttributes('link').href;
  const input = window.prompt(m.linkPrompt, typeof current === 'string' ? current : '');
  if (input === null) return;
  if (!input.trim()) {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const href = safeHref(input);
  if (!href) {
    window.alert(m.linkInvalid);
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
}

const BUTTONS: ToolbarButton[] = [
  { key: 'bold', label: m.bold, text: 'F', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: m.italic, text: 'K', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    key: 'h2',
    label: m.heading2,
    text: 'H2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'h3',
    label: m.heading3,
    text: 'H3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    key: 'ul',
    label: m.bulletList,
    text: '•',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'ol',
    label: m.orderedList,
    text: '1.',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  { key: 'link', label: m.link, text: 'Link', active: (e) => e.isActive('link'), run: editLink },
];

/** Bold, italic, H2, H3, lists and link; buttons show their state with aria-pressed. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.map((button) => button.active(current)),
  });
  // ARIA toolbar pattern: one tab stop, arrow keys move between the buttons.
  const [focusIndex, setFocusIndex] = useState(0);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (focusIndex + (event.key === 'ArrowRight' ? 1 : -1) + BUTTONS.length) % BUTTONS.length;
    setFocusIndex(next);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }
  return (
    <div className="toolbar-buttons" role="toolbar" aria-label={m.bodyToolbar} onKeyDown={onKeyDown}>
      {BUTTONS.map((button, index) => (
        <button
          key={button.key}
          type="button"
          className="button button--tool"
          aria-label={button.label}
          title={button.label}
          aria-pressed={active[index] ?? false}
          tabIndex={index === focusIndex ? 0 : -1}
          onFocus={() => setFocusIndex(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => button.run(editor)}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
    </div>
  );
}
