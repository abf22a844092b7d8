/**
 * Manual use: `npx tsx tests/replica/serve-cli.ts` (or `npm run replica`) starts the AliExpress replica on
 * 127.0.0.1:8080 (http) and 127.0.0.1:8443 (https). Ports can be changed with REPLICA_HTTP_PORT /
 * REPLICA_HTTPS_PORT (0 = random). Stop with Ctrl+C.
 */
import { REPLICA_HOST_NAMES, startReplica } from './server.js';

function port(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`${name} must be a port number`);
  return parsed;
}

const server = await startReplica({
  httpPort: port('REPLICA_HTTP_PORT', 8080),
  httpsPort: port('REPLICA_HTTPS_PORT', 8443),
});
const { httpPort, httpsPort } = server;

const rules = REPLICA_HOST_NAMES.flatMap((host) => [
  `MAP ${host}:443 127.0.0.1:${httpsPort}`,
  `MAP ${host}:80 127.0.0.1:${httpPort}`,
]);

console.log(`AliExpress replica listening on 127.0.0.1 (http ${httpPort}, https ${httpsPort})

  https://www.aliexpress.com:${httpsPort}/      home (also es. fr. de. pt. ja. ar. m. m.es. …)
  https://login.aliexpress.com:${httpsPort}/    sign in (any email + password)
  http://www.aliexpress.com:${httpPort}/        same over plain http

The host names must reach 127.0.0.1: either add to /etc/hosts
  127.0.0.1 ${REPLICA_HOST_NAMES.join(' ')}
or start Chromium with
  --ignore-certificate-errors --host-resolver-rules="${[...rules, 'EXCLUDE localhost'].join(', ')}"
  and open https://www.aliexpress.com/ (no port).
Add ?replica_delay=0 to a URL to skip the loading skeleton; see the README for the other replica_* switches.
Ctrl+C to stop.`);

let closing = false;
const stop = (): void => {
  if (closing) return;
  closing = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
