/**
 * HTTP + HTTPS server for the AliExpress replica, routing by the Host header (hosts.ts: www., the language
 * hosts, m., m.{lang}., login., render-accounts., privacy., accounts. on aliexpress.com, and aliexpress.ru);
 * any other host → 404. REPLICA_HOST_NAMES lists them all for the browser's host-resolver rules.
 *
 * Page rendering is renderPage() (render.ts); this file adds only what needs the request itself:
 *   POST login.aliexpress.com/login (and render-accounts.aliexpress.com/login, the login iframe's form)
 *        form login (any non-empty id + password): sets the session cookie and 302s to return_url
 *        (an *.aliexpress.com URL) or home
 *   POST {www,lang,m}.aliexpress.com/p/account-delete/api/delete   clears the session cookie (the "deletion")
 * Signed in = cookie replica_session=1 (Domain=.aliexpress.com; Path=/), so every *.aliexpress.com host shares
 * it; aliexpress.ru never sees it and is never signed in.
 *
 * HTTPS uses a throwaway self-signed certificate made with the openssl CLI at start; the browser must run with
 * --ignore-certificate-errors. Both servers listen on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  SESSION_CLEAR_COOKIE,
  SESSION_COOKIE,
  SESSION_SET_COOKIE,
  WWW_HOST,
  absoluteUrl,
  pageLanguage,
  renderPage,
  siteForHost,
  type RenderOptions,
} from './render.js';
import { flagsFromQuery } from './flags.js';
import { originalPath } from './redesign-build.js';
import { desktopHost, isReplicaLanguage } from './hosts.js';

export { REPLICA_HOST_NAMES } from './hosts.js';

export interface ReplicaServer {
  httpPort: number;
  httpsPort: number;
  close(): Promise<void>;
}

export interface StartReplicaOptions {
  /** 0 (default) = a random free port. */
  httpPort?: number;
  /** 0 (default) = a random free port. */
  httpsPort?: number;
}

/** Makes a self-signed certificate for aliexpress.com and *.aliexpress.com in a temp dir and reads it back. */
function makeCertificate(): { key: string; cert: string } {
  const openssl = existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl';
  const dir = mkdtempSync(path.join(tmpdir(), 'aliexit-replica-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '7',
        '-subj',
        '/CN=www.aliexpress.com',
        '-addext',
        'subjectAltName=DNS:aliexpress.com,DNS:*.aliexpress.com,DNS:*.es.aliexpress.com,DNS:*.fr.aliexpress.com,DNS:*.de.aliexpress.com,DNS:*.pt.aliexpress.com,DNS:*.ja.aliexpress.com,DNS:*.ar.aliexpress.com,DNS:aliexpress.ru,DNS:*.aliexpress.ru,IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

function readBody(req: http.IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A return_url is followed only when it is an http(s) URL on *.aliexpress.com. */
function safeReturnUrl(value: string | null): string | null {
  if (value === null || value === '') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.toLowerCase();
    if (host !== 'aliexpress.com' && !host.endsWith('.aliexpress.com')) return null;
    return url.href;
  } catch {
    return null;
  }
}

const NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body style="font-family:system-ui,sans-serif;padding:40px"><h1>Page not found</h1>' +
  '<p>This page is not part of the AliExpress replica.</p></body></html>';

function send(
  res: http.ServerResponse,
  method: string,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}

function makeHandler(scheme: 'http' | 'https') {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    try {
      const hostHeader = (req.headers.host ?? '').toLowerCase();
      const portMatch = /:(\d+)$/.exec(hostHeader);
      const hostname = hostHeader.replace(/:\d+$/, '');
      const site = siteForHost(hostname);
      if (site === null) {
        send(
          res,
          method,
          404,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          `Unknown host: ${hostHeader}\n`,
        );
        return;
      }
      const url = new URL(req.url ?? '/', 'http://replica.invalid');
      const opts: RenderOptions = {
        // The session cookie is for .aliexpress.com only: a browser never sends it to aliexpress.ru.
        signedIn: site !== 'ru' && parseCookies(req.headers.cookie).get(SESSION_COOKIE) === '1',
        portSuffix: portMatch ? `:${portMatch[1] ?? ''}` : '',
        scheme,
        lang: url.searchParams.get('lang') ?? undefined,
        flags: flagsFromQuery(url.searchParams),
        query: url.search.replace(/^\?/, ''),
      };

      if (method === 'POST') {
        if ((site === 'login' || site === 'render-accounts') && url.pathname === '/login') {
          const form = new URLSearchParams(await readBody(req));
          const loginId = (form.get('loginId') ?? '').trim();
          const password = form.get('password') ?? '';
          const returnUrl = form.get('return_url') ?? '';
          if (loginId === '' || password === '') {
            const back = new URLSearchParams({ replica_error: 'empty' });
            if (returnUrl !== '') back.set('return_url', returnUrl);
            if (opts.lang !== undefined) back.set('lang', opts.lang);
            send(
              res,
              method,
              302,
              {
                Location: `${site === 'login' ? '/' : '/login/iframe.html'}?${back.toString()}`,
                'Cache-Control': 'no-store',
              },
              '',
            );
            return;
          }
          const lang = pageLanguage({ site: 'login', lang: null }, opts);
          const home = isReplicaLanguage(lang) ? desktopHost(lang) : WWW_HOST;
          const location = safeReturnUrl(returnUrl) ?? absoluteUrl(home, '/', opts);
          send(
            res,
            method,
            302,
            { Location: location, 'Set-Cookie': SESSION_SET_COOKIE, 'Cache-Control': 'no-store' },
            '',
          );
          return;
        }
        // The redesign's script posts to its own path (the page's query is not on the request).
        const apiPath = originalPath(url.pathname) ?? url.pathname;
        if ((site === 'www' || site === 'm') && apiPath === '/p/account-delete/api/delete') {
          await readBody(req);
          const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
          if (!opts.signedIn) {
            send(res, method, 401, headers, '{"success":false,"code":"NOT_LOGIN"}');
            return;
          }
          send(
            res,
            method,
            200,
            { ...headers, 'Set-Cookie': SESSION_CLEAR_COOKIE },
            '{"success":true}',
          );
          return;
        }
        send(
          res,
          method,
          405,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          'Method not allowed\n',
        );
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        send(
          res,
          method,
          405,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          'Method not allowed\n',
        );
        return;
      }

      const page = renderPage(hostname, url.pathname, opts);
      if (page === null) {
        send(res, method, 404, { 'Content-Type': 'text/html; charset=utf-8' }, NOT_FOUND_HTML);
        return;
      }
      send(res, method, page.status, page.headers, page.body);
    } catch (error) {
      if (!res.headersSent) {
        send(
          res,
          method,
          500,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          `Replica error: ${String(error)}\n`,
        );
      } else {
        res.destroy();
      }
    }
  };
}

function listen(server: http.Server | https.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts the replica on 127.0.0.1 (port 0 = a random free port). */
export async function startReplica(opts: StartReplicaOptions = {}): Promise<ReplicaServer> {
  const { key, cert } = makeCertificate();
  const onHttp = makeHandler('http');
  const onHttps = makeHandler('https');
  const httpServer = http.createServer((req, res) => void onHttp(req, res));
  const httpsServer = https.createServer({ key, cert }, (req, res) => void onHttps(req, res));
  try {
    const httpPort = await listen(httpServer, opts.httpPort ?? 0);
    const httpsPort = await listen(httpsServer, opts.httpsPort ?? 0);
    return {
      httpPort,
      httpsPort,
      close: async () => {
        await Promise.all([closeServer(httpServer), closeServer(httpsServer)]);
      },
    };
  } catch (error) {
    await Promise.all([closeServer(httpServer), closeServer(httpsServer)]);
    throw error;
  }
}
