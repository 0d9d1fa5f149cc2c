// ProseMirror's Node.check() decides whether a body fits the schema; it only says what is wrong
// in English and not where. This walk explains its verdict with a German message and the path
// of the offending part, as the API's error details promise.
import { Mark, type Node as PmNode } from '@tiptap/pm/model';

/** Where and why a body breaks the schema's content and mark rules. */
export interface StructureProblem {
  message: string;
  path: string;
}

/** The first part of a parsed body that Node.check() would reject, or null. */
export function findStructureProblem(node: PmNode, path: string): StructureProblem | null {
  const { type } = node;
  const contentPath = join(path, 'content');
  let match = type.contentMatch;
  for (let index = 0; index < node.childCount; index++) {
    const child = node.child(index);
    const childPath = `${contentPath}[${index}]`;
    if (type.isLeaf) return { message: 'Dieses Element darf keinen Inhalt haben.', path: contentPath };
    const next = match.matchType(child.type);
    if (!next) return { message: `„${child.type.name}“ ist an dieser Stelle nicht erlaubt.`, path: childPath };
    match = next;
    if (!type.allowsMarks(child.marks)) {
      return type.inlineContent
        ? { message: `Text in „${type.name}“ darf nicht formatiert sein.`, path: contentPath }
        : { message: 'Dieses Element darf nicht formatiert sein.', path: join(childPath, 'marks') };
    }
    const inner = findStructureProblem(child, childPath);
    if (inner) return inner;
  }
  if (!match.validEnd) return { message: `„${type.name}“ ist unvollständig oder leer.`, path };
  return findMarkProblem(node, path);
}

// A valid mark set holds each mark once, in schema order, and no mark another one excludes
// (code excludes all others).
function findMarkProblem(node: PmNode, path: string): StructureProblem | null {
  let set = Mark.none;
  for (const [index, mark] of node.marks.entries()) {
    set = mark.addToSet(set);
    if (!Mark.sameSet(set, node.marks.slice(0, index + 1))) {
      return { message: `Die Formatierung „${mark.type.name}“ passt nicht zu den übrigen.`, path: `${join(path, 'marks')}[${index}]` };
    }
  }
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
