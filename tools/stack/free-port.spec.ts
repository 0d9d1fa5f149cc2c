import { describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { assertPortFree, findFreePort, isPortFree } from './free-port';

function listenOn(port: number, host: string): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

describe('free-port', () => {
  it('finds a loopback port nobody listens on', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(1023);
    expect(await isPortFree(port)).toBe(true);
  });

  it('reports a port as taken while a server listens on it, also on 0.0.0.0', async () => {
    for (const host of ['127.0.0.1', '0.0.0.0']) {
      const port = await findFreePort();
      const server = await listenOn(port, host);
      try {
        expect(await isPortFree(port)).toBe(false);
        await expect(assertPortFree(port, 'Test')).rejects.toThrow(`Port ${port} (Test) ist bereits belegt`);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      expect(await isPortFree(port)).toBe(true);
    }
  });
});
