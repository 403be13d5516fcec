import pty from 'node-pty';
import { BIN } from './cli.js';

/** Terminal keys. */
export const KEY = { enter: '\r', down: '\x1b[B', space: ' ', backspace: '\x7f', ctrlC: '\x03' } as const;

/** Screen output without colours, cursor moves and other control sequences. */
export function plainText(output: string): string {
  // eslint-disable-next-line no-control-regex
  return output.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r/g, '');
}

/**
 * The real CLI in a pseudo terminal (stdin is a TTY, keys are typed), as a person runs it. `expect`
 * waits until a text shows on the screen after the last one awaited; `type` sends keys.
 */
export class Terminal {
  private output = '';
  private mark = 0;
  private readonly process: pty.IPty;
  readonly exited: Promise<number>;

  /** Runs `mpp args` (or another program: `command`, e.g. `yo` for the same interview through Yeoman's own CLI). */
  constructor(args: string[], cwd: string, command: readonly string[] = [process.execPath, BIN], env: NodeJS.ProcessEnv = {}) {
    this.process = pty.spawn(command[0], [...command.slice(1), ...args], { name: 'xterm-256color', cols: 200, rows: 60, cwd, env: { ...process.env, NO_UPDATE_NOTIFIER: '1', ...env } });
    this.process.onData((data) => {
      this.output += data;
    });
    this.exited = new Promise((resolve) => this.process.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything shown so far, as plain text. */
  screen(): string {
    return plainText(this.output);
  }

  /** Waits for `text` to show after what was awaited last (a re-asked question counts again). */
  async expect(text: string, timeoutMs = 90_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      const fresh = plainText(this.output.slice(this.mark));
      const at = fresh.indexOf(text);
      if (at >= 0) {
        this.mark = this.output.length;
        // The prompt draws its question before it listens to keys: give it a moment.
        await new Promise((resolve) => setTimeout(resolve, 120));
        return;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`"${text}" did not show within ${timeoutMs} ms; the screen ends with:\n${plainText(this.output).slice(-2500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  type(...keys: string[]): void {
    for (const key of keys) this.process.write(key);
  }

  /** Types a line of text and Enter. */
  answer(text: string): void {
    this.type(text, KEY.enter);
  }

  kill(): void {
    this.process.kill();
  }
}
