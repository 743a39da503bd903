/**
 * Output goes through process.stdout and process.stderr (src/output.ts), never to a file
 * descriptor: on a Windows console, bytes written to fd 1 or 2 are not converted
 * (nodejs/node#24550: "José Núñez" prints garbled) and colour codes print raw, since only the
 * tty stream turns on VT mode. no-restricted-syntax takes one list per file, so the layers'
 * lists (eslint.layers.js) include these too; test/lint/layers.test.ts proves they bite.
 */
const WRITE = '/^(write|writev|writeFile|appendFile)(Sync)?$/';
const FD = ':matches([arguments.0.value=1], [arguments.0.value=2])';
const MESSAGE = 'write output through process.stdout/process.stderr (ctx.io, src/output.ts), never to fd 1 or 2: a Windows console garbles those bytes';

export const fdOutput = [
  { selector: `CallExpression[callee.name=${WRITE}]${FD}`, message: MESSAGE },
  { selector: `CallExpression[callee.property.name=${WRITE}]${FD}`, message: MESSAGE },
  { selector: "MemberExpression[object.object.name='process'][object.property.name=/^std(out|err)$/][property.name='fd']", message: MESSAGE },
  { selector: "Property[key.name='fd']:matches([value.value=1], [value.value=2])", message: MESSAGE },
  { selector: 'Literal[value=/^(\\/dev\\/(stdout|stderr|fd\\/[12])|CONOUT\\$)$/i]', message: MESSAGE },
];
