/** One `marginalia <command>`: resolves with the exit code; throws a CliError for the user's mistakes. */
export type Command = (args: string[], out: (text: string) => void) => Promise<number>;
