import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentTypeFor } from '../../../electron/content-type';
import { resolveAppAssetPath } from '../../../electron/security/app-path';
import { contentSecurityPolicy } from '../../../electron/security/csp';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer from loopback as the app's protocol handler does: the same path
 * check, the same content types and the same Content-Security-Policy, so a CSP violation or a
 * wrong type in the page fails the tests as it would the app.
 */
export async function serveRenderer(root: string): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run "npx electron-vite build" first`);
  }
  const csp = contentSecurityPolicy();
  const server: Server = createServer((req, res) => {
    const file = resolveAppAssetPath(root, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
