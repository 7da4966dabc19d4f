/**
 * Runs once when a server process starts. The Node-only work lives in its own module, imported
 * under this exact condition so that Next leaves it out of the edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServerProcess } = await import('@/lib/server/start-server-process');
    await startServerProcess();
  }
}
