/**
 * A loopback forward proxy for tests, as an operator's would be: plain-HTTP requests with an
 * absolute URL, and CONNECT tunnels for HTTPS. It records every request it carries and how many
 * were in flight at once.
 */
import * as http from 'node:http';
import { connect } from 'node:net';
import type { Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The absolute URL (plain HTTP) or host:port (CONNECT). */
  target: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ForwardProxy {
  url: string;
  requests: ProxiedRequest[];
  /** The most requests in flight at the same time whose target matched `inFlightOf`. */
  maxInFlight(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startForwardProxy(inFlightOf: RegExp = /\/validate/): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  let inFlight = 0;
  let max = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = req.url ?? '';
      requests.push({ method: req.method ?? '', target, headers: req.headers, body: body.toString('utf8') });
      const counted = inFlightOf.test(target);
      if (counted) max = Math.max(max, ++inFlight);
      const url = new URL(target);
      const upstream = http.request(
        { host: url.hostname, port: url.port || 80, path: `${url.pathname}${url.search}`, method: req.method, headers: req.headers, agent: false },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => {
            if (counted) inFlight--;
          });
        },
      );
      upstream.on('error', () => {
        if (counted) inFlight--;
        res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers, body: '' });
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => max,
    reset() {
      requests.length = 0;
      max = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An HTTPS front (self-signed) for a plain-HTTP service, as a TLS-terminating load balancer would be. */
export async function startTlsFront(upstreamUrl: string, tls: { key: Buffer; cert: Buffer }): Promise<{ url: string; close(): Promise<void> }> {
  const https = await import('node:https');
  const upstream = new URL(upstreamUrl);
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const proxied = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    proxied.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
