import type { Palette } from '../reporters/types.js';
import { plain } from '../reporters/types.js';

/**
 * Colour for a stream: honours NO_COLOR and FORCE_COLOR, and otherwise colours only a terminal.
 */
export async function paletteFor(stream: { isTTY?: boolean }): Promise<Palette> {
  const forced = process.env.FORCE_COLOR;
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const level = forced !== undefined && forced !== '0' && forced !== 'false' ? Math.max(1, Math.min(3, Number(forced) || 1)) : noColor || !stream.isTTY ? 0 : 1;
  if (level === 0) return plain;
  // chalk loads only when there is colour to show: a pipe or NO_COLOR never pays for it.
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: level as 1 | 2 | 3 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
