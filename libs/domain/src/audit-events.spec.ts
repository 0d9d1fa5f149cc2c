import path from 'node:path';
import ts from 'typescript';

// The point of AuditEvent is that a wrong action or detail name does not compile: so compile.
const EVENTS = path.join(__dirname, 'audit-events.ts');
const header = `import { auditAction, auditDetail, type AuditEvent } from './audit-events';\n`;

const ACCEPTED = `
  const submitted: AuditEvent = { action: 'article.submitted', subjectType: 'article', subjectId: 'a', details: { changeNote: 'x' } };
  auditAction('article.rejected');
  auditDetail('article.rejected', 'comment');
  export { submitted };`;
const REFUSED: [string, string][] = [
  ['a misspelt action', `auditAction('article.submited');`],
  ['a detail the action does not record', `auditDetail('article.submitted', 'comment');`],
  [
    'details of another action',
    `const e: AuditEvent = { action: 'article.rejected', subjectType: 'article', subjectId: 'a', details: { changeNote: 'x' } }; export { e };`,
  ],
  [
    'an event without its details',
    `const e: AuditEvent = { action: 'article.submitted', subjectType: 'article', subjectId: 'a' }; export { e };`,
  ],
];

/** Compiles each probe (as its own file beside audit-events.ts, in one program) and returns its errors. */
function diagnosticsOf(probes: string[]): string[][] {
  const files = new Map(probes.map((source, i) => [path.join(__dirname, `__audit-probe-${i}__.ts`), header + source]));
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const source = files.get(name);
    return source === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys(), EVENTS], options, host);
  return [...files.keys()].map((name) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  );
}

describe('AuditEvent', () => {
  let diagnostics: string[][];
  beforeAll(() => {
    diagnostics = diagnosticsOf([ACCEPTED, ...REFUSED.map(([, line]) => line)]);
  }, 30_000);

  it('accepts the events the API writes and the names the notification queries read', () => {
    expect(diagnostics[0]).toEqual([]);
  });

  it.each(REFUSED.map(([name], i) => [name, i + 1] as const))('refuses %s at compile time', (_name, index) => {
    expect(diagnostics[index]).not.toEqual([]);
  });
});
