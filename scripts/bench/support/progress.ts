import { secondsSince } from "./stats";

/**
 * Progress lines for long steps: on a terminal one line rewritten in place, elsewhere (a log, CI) one line per
 * quarter of the work, so that a redirected run stays readable.
 */

const tty = process.stdout.isTTY;
let lastProgress = "";

export function progress(label: string, count: number, total?: number): void {
  const value = total === undefined ? `${count} s` : `${count}/${total}`;
  if (tty) {
    lastProgress = `  ${label} ${value}`;
    process.stdout.write(`\r${lastProgress}`);
  } else if (total !== undefined && count % Math.max(1, Math.ceil(total / 4)) === 0) {
    console.log(`  ${label} ${value}`);
  }
}

export function clearProgress(): void {
  if (tty && lastProgress) process.stdout.write(`\r${" ".repeat(lastProgress.length)}\r`);
  lastProgress = "";
}

export function step(message: string): void {
  clearProgress();
  console.log(`→ ${message}`);
}

export function done(message: string): void {
  clearProgress();
  console.log(`✓ ${message}`);
}

/** Time since `start` (a performance.now() reading) as "12.3 s". */
export const elapsed = (start: number): string => `${secondsSince(start).toFixed(1)} s`;
