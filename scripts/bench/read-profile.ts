/**
 * Reads a CPU profile saved by `BENCH_PROFILE=1 npm run bench` and lists functions by time
 * including callees: npx tsx scripts/bench/read-profile.ts bench-results/profile-middle.cpuprofile [count]
 */
import { readFileSync } from 'node:fs';
import { hotFunctions, type CpuProfile } from './cpu-profile';
import { table } from './report';

const [file, count = '40'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/bench/read-profile.ts <file.cpuprofile> [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const hot = hotFunctions(profile, Number.POSITIVE_INFINITY)
  .sort((a, b) => b.totalMs - a.totalMs)
  .slice(0, Number(count));
console.log(table(['function', 'where', 'total ms', 'self ms'], hot.map((h) => [h.name, h.where, h.totalMs.toFixed(1), h.selfMs.toFixed(1)])));
console.log(`profile spans ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`);
