import net from 'node:net';

const LOOPBACK = '127.0.0.1';

/** Asks the kernel for a currently unused loopback port (bind to port 0, read it, release it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('Kein freier Port gefunden.'))));
    });
  });
}

/** True when nothing listens on 127.0.0.1:port (a listener on 0.0.0.0 also counts as taken). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Fails loudly when the port is taken: a leftover server from a crashed run would otherwise
 * answer our health checks and make a broken start look healthy.
 */
export async function assertPortFree(port: number, purpose: string): Promise<void> {
  if (await isPortFree(port)) return;
  throw new Error(
    `Port ${port} (${purpose}) ist bereits belegt. Läuft noch ein alter Server? ` + `Prüfen mit: ss -ltnp 'sport = :${port}'`,
  );
}
