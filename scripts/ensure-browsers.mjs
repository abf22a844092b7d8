// Before the browser tests: makes sure Debian's Chromium and Firefox ESR are there. No test
// downloads a browser of its own. As root with apt, the missing ones are installed from Debian's
// packages; otherwise this stops at once with one line that says what to install.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Each browser the e2e tests drive, where they look for it, and its Debian package. */
const BROWSERS = [
  { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const missing = () => BROWSERS.filter((b) => !isExecutable(process.env[b.env] ?? b.path));
const hasApt = () => isExecutable('/usr/bin/apt-get');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

let absent = missing();
// A browser named by its variable is the user's own choice: never replaced behind their back.
const installable = absent.filter((b) => !process.env[b.env]);
if (installable.length > 0 && isRoot() && hasApt()) {
  const packages = installable.map((b) => b.pkg);
  console.log(`Installing Debian's ${packages.join(' and ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // --reinstall also mends a package whose files went missing.
    execFileSync('apt-get', ['install', '-y', '-qq', '--reinstall', ...packages], {
      stdio: 'inherit',
      env,
    });
  } catch {
    // Said below, with what is still missing.
  }
  absent = missing();
}
if (absent.length > 0) {
  const where = absent.map((b) => `${process.env[b.env] ?? b.path} (${b.env})`).join(', ');
  console.error(
    `The browser tests need Debian's ${absent.map((b) => b.pkg).join(' and ')}: run \`sudo apt-get install ${absent.map((b) => b.pkg).join(' ')}\`, or point ${absent.map((b) => b.env).join('/')} at an installed copy (looked for ${where}).`,
  );
  process.exit(1);
}
