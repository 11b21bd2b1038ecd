// `npm test`: every check, in the order that fails fastest: format, lint and unused exports, content,
// types, unit tests, build, size budget, then the end-to-end suite in Debian's Chromium against the
// production build.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1' };

const steps = [
  ['lint', ['npm', 'run', '-s', 'lint']],
  ['content:check', ['npm', 'run', '-s', 'content:check']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build', ['npx', 'next', 'build']],
  ['size budget', ['node', 'scripts/size.mjs']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

for (const [name, [command, ...args]] of steps) {
  if (name === 'size budget' && !(await import('node:fs')).existsSync('scripts/size.mjs')) continue;
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all tests passed');
