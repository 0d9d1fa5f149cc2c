/** The fees text as one entry per line the author wrote; blank lines and stray spaces dropped. */
export function feeLines(fees: string): string[] {
  return fees
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
