/** `UnionDesk.exe --cli backup --out x.db`: the arguments after --cli, or null for the window. */
export function cliArguments(argv: string[]): string[] | null {
  const index = argv.indexOf('--cli');
  return index < 0 ? null : argv.slice(index + 1);
}
