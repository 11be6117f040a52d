/**
 * Secrets for the CLI come from the environment or a hidden TTY prompt — never from argv,
 * which other users can read in the process list and which shells write to history.
 */
import { createInterface } from 'node:readline';
import { UsageError } from './usage-error';

/** Asks without echo; `noTtyText` says what to do when there is no terminal to ask in. */
export async function promptHidden(question: string, noTtyText: string): Promise<string> {
  const input = process.stdin;
  const output = process.stderr;
  if (!input.isTTY) throw new UsageError(noTtyText);
  const rl = createInterface({ input, output, terminal: true });
  // Mute echo: readline writes typed characters through _writeToOutput; we print only the prompt.
  const rlw = rl as unknown as { _writeToOutput: (s: string) => void };
  let prompted = false;
  rlw._writeToOutput = (s: string) => {
    if (!prompted) {
      output.write(s);
      prompted = true;
    } else if (s.includes('\n') || s.includes('\r')) output.write('\n');
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

/** The secret from `envName`, else asked after `label` ("Wachtwoordzin:"; the space after it is added here). */
export async function secretFrom(envName: string, label: string, noTtyText: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return promptHidden(`${label} `, noTtyText);
}
