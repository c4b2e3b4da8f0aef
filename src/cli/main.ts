/**
 * The command line: the same engine as the add-in, over .xlsx files, for WPS users, scheduled jobs
 * and machines without Excel. `main` returns the exit code instead of exiting, so tests run it
 * in-process.
 */
import { Command, CommanderError } from 'commander';
import { registerCapitals } from './commands/capitalsCommand';
import { registerLetters } from './commands/lettersCommand';
import { registerMatch } from './commands/matchCommand';
import { registerStructure } from './commands/structureCommand';
import { registerAging } from './commands/agingCommand';
import { registerDemo } from './commands/demoCommand';
import { registerVerify } from './commands/verifyCommand';
import { registerPredict } from './commands/predictCommand';
import { registerBacktest } from './commands/backtestCommand';
import { EXIT, processIo } from './cliIo';
import type { CliIo } from './cliIo';

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };

  const program = new Command()
    .name('cashier-desk')
    .description(
      '出纳台 Cashier Desk: customer files, ledger, aging, credit and letters from .xlsx',
    )
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) })
    .showHelpAfterError();

  registerCapitals(program, io, setExit);
  registerLetters(program, io, setExit);
  registerMatch(program, io, setExit);
  registerStructure(program, io, setExit);
  registerAging(program, io, setExit);
  registerDemo(program, io, setExit);
  registerVerify(program, io, setExit);
  registerPredict(program, io, setExit);
  registerBacktest(program, io, setExit);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const finished = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
      return finished.includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}
