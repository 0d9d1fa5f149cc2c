/** Stops the servers of tools/testing/global-setup.ts (which declares globalThis.bscTestStack). */
export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.bscTestStack;
  globalThis.bscTestStack = undefined;
  await stack?.stop();
}
