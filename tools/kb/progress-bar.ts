import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr (silent when stderr is not a terminal); stop() it when done. */
export function progressBar(label: string, unit: string): { update(done: number, total: number): void; stop(): void } {
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${unit} ({percentage} %)`, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
