/**
 * `npm test`: every test, in order.
 * 0. type checking (astro check: TypeScript strict over src, scripts and tests);
 * 1. unit tests (schemas, importer, hours, scripts);
 * 2. a production build of the demo territory (validation first, as `npm run build` does);
 * 3. build checks on dist/ and browser tests in Chromium (end-to-end and pa11y).
 * Stops at the first failing step with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from './lib/chromium.ts';

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const env = { ...process.env, TZ: 'Europe/Paris', ASTRO_TELEMETRY_DISABLED: '1', CHROME_PATH: chromium };
const steps: [string, string[]][] = [
  ['npx', ['astro', 'check']],
  ['vitest', ['run', '--project', 'unit']],
  ['npm', ['run', 'build']],
  ['vitest', ['run', '--project', 'build', '--project', 'browser']],
];

for (const [command, args] of steps) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const [program, programArgs] = command === 'vitest' ? ['npx', ['vitest', ...args]] : [command, args];
  const result = spawnSync(program, programArgs, {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) {
    console.error(`\n✗ Échec de l'étape « ${command} ${args.join(' ')} ».`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✓ Tous les tests sont passés.');
