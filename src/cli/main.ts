import { Command, CommanderError } from 'commander';
import { ConfigError, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { commandBaseline } from './commands/baseline.js';
import { commandCheck } from './commands/check.js';
import { commandInit } from './commands/init.js';
import { commandScan } from './commands/scan.js';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';

/**
 * Runs the CLI and returns the exit code. Never calls process.exit and writes only through `io`, so it can be
 * run in-process by tests and embedders; bin/gdpr-scan sets process.exitCode from the result.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command()
    .name('gdpr-scan')
    .description('Find personal data in customer-service exports and write a personal-data inventory per system.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run gdpr-scan --help for usage)');
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  commandScan(program, io, setExitCode).exitOverride();
  commandCheck(program, io, setExitCode).exitOverride();
  commandInit(program, io, setExitCode).exitOverride();
  commandBaseline(program, io, setExitCode).exitOverride();

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`gdpr-scan: configuration error: ${error.describe()}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`gdpr-scan: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
