/** A small seeded PRNG (mulberry32): the same seed gives the same fuzz cases on every run. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A string of random code points, biased towards the troublesome ones. */
  junk(length: number): string {
    const ranges: [number, number][] = [
      [0x20, 0x7e], // ASCII
      [0x01, 0x1f], // control characters
      [0x202a, 0x202e], // bidi embeddings and overrides
      [0x200b, 0x200f], // zero-width characters and direction marks
      [0x0300, 0x036f], // combining marks
      [0xff01, 0xff5e], // full-width forms
      [0x1f600, 0x1f64f], // emoji (astral plane: surrogate pairs)
    ];
    let out = '';
    for (let i = 0; i < length; i += 1) {
      const [from, to] = this.pick(ranges);
      out += String.fromCodePoint(from + this.int(to - from + 1));
    }
    return out;
  }
}
