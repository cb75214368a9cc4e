import { createConnection } from "node:net";
import { neonConfig } from "@neondatabase/serverless";
import { WebSocket, WebSocketServer } from "ws";

/**
 * TEST HARNESS. Neon's serverless driver (which @vercel/postgres wraps) speaks the PostgreSQL wire protocol over a
 * WebSocket; in production Neon's proxy relays it to the database. No such proxy ships as a local server, so
 * this one relays each WebSocket connection to the TCP address it names (`/v2?address=host:port`) on loopback.
 */

export interface NeonProxyHarness {
  port: number;
  close(): Promise<void>;
}

export async function startNeonWebSocketProxy(): Promise<NeonProxyHarness> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));

  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    if (!host || !port || !["localhost", "127.0.0.1"].includes(host)) {
      socket.close(1008, "loopback addresses only");
      return;
    }
    const tcp = createConnection({ host: "127.0.0.1", port: Number(port) });
    const pending: Buffer[] = [];
    tcp.on("connect", () => {
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    socket.on("message", (data: Buffer) => (tcp.connecting ? pending.push(data) : tcp.write(data)));
    tcp.on("data", (chunk) => socket.readyState === WebSocket.OPEN && socket.send(chunk));
    socket.on("close", () => tcp.end());
    socket.on("error", () => tcp.destroy());
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.terminate());
  });

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

/** Points the Neon driver at the harness: plain WebSockets on loopback, no TLS, no pipelining tricks. */
export function useNeonProxy(port: number): void {
  neonConfig.webSocketConstructor = WebSocket;
  neonConfig.wsProxy = (host, hostPort) => `localhost:${port}/v2?address=${host}:${hostPort}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
}

/** @vercel/postgres refuses `127.0.0.1` in a connection string (STACK.md trap 4); it accepts `localhost`. */
export function forVercelPostgres(url: string): string {
  const u = new URL(url);
  if (u.hostname === "127.0.0.1") u.hostname = "localhost";
  return u.toString();
}
