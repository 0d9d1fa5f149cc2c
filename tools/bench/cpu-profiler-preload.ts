// Loaded with `node -r` into the bench's API child process. SIGWINCH starts V8's CPU profiler
// in-process (node:inspector), the next SIGWINCH stops it and writes the profile to
// $BENCH_CPU_PROFILE: the bench profiles exactly the load phase it wants, without restarting
// the API (--cpu-prof would only write at a clean exit, and Nest re-raises SIGTERM). SIGWINCH
// because Nest's shutdown hooks take SIGUSR2 (and SIGUSR1 belongs to the inspector); its
// default action is to be ignored, so a stray one never hurts.
import fs from 'node:fs';
import { Session, type Profiler } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;

if (target) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGWINCH', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result: Profiler.StopReturnType) => {
      if (error) return;
      // Written under a temporary name, then renamed: the bench never reads half a file.
      fs.writeFileSync(`${target}.part`, JSON.stringify(result.profile));
      fs.renameSync(`${target}.part`, target);
    });
  });
}
