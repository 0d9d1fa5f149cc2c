import { bodySchema, validateTiptapDoc } from '@bsc/domain';
import { getSchema } from '@tiptap/core';
import type { NodeType, MarkType } from '@tiptap/pm/model';
import { bodyEditorExtensions } from './body-editor';

// What the editor produces is what the API accepts: both come from one extension list.
const editorSchema = getSchema(bodyEditorExtensions);

const describeTypes = (types: Readonly<Record<string, NodeType | MarkType>>) =>
  Object.fromEntries(Object.entries(types).map(([name, type]) => [name, { ...type.spec, attrs: Object.keys(type.spec.attrs ?? {}) }]));

describe('bodyEditorExtensions', () => {
  it('derive the schema the API validates bodies with', () => {
    expect(Object.keys(editorSchema.nodes)).toEqual(Object.keys(bodySchema.nodes));
    expect(Object.keys(editorSchema.marks)).toEqual(Object.keys(bodySchema.marks));
    expect(JSON.stringify(describeTypes(editorSchema.nodes))).toBe(JSON.stringify(describeTypes(bodySchema.nodes)));
    expect(JSON.stringify(describeTypes(editorSchema.marks))).toBe(JSON.stringify(describeTypes(bodySchema.marks)));
  });

  it('produce JSON the API accepts unchanged', () => {
    const doc = editorSchema.node('doc', null, [
      editorSchema.node('heading', { level: 3 }, [editorSchema.text('Titel')]),
      editorSchema.node('paragraph', null, [
        editorSchema.text('fett', [editorSchema.mark('bold'), editorSchema.mark('italic')]),
        editorSchema.text('Link', [editorSchema.mark('link', { href: 'https://muenchen.de' })]),
      ]),
    ]);
    const json = doc.toJSON() as unknown;
    expect(validateTiptapDoc(json)).toEqual(json);
  });
});
