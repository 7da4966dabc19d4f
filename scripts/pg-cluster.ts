/**
 * A throwaway PostgreSQL cluster in a temporary directory, for the test runner and the
 * benches: initdb + pg_ctl from the installed server (Debian's postgresql-15), run as the
 * `postgres` user when we are root (Postgres refuses to run as root), with the app role (owns
 * nothing, no BYPASSRLS) and the admin role (owner, BYPASSRLS) the application expects.
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Cluster = {
  /** The admin role (owner, BYPASSRLS), on the `postgres` database. */
  adminUrl: string;
  /** The application role (owns nothing, no BYPASSRLS), on the `postgres` database. */
  appUrl: string;
  /** The superuser, for what only it may do (extensions that are not trusted). */
  superUrl: string;
  port: number;
  bin: string;
  version: string;
  dataDir: string;
  /** Same URL on another database of the cluster. */
  urlFor(url: string, database: string): string;
  stop(): Promise<void>;
};

const isRoot = process.getuid?.() === 0;

function which(bin: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function run(cmd: string, argv: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function findPostgresBin(): string | null {
  const candidates = ['/usr/lib/postgresql/15/bin'];
  const pgConfig = which('pg_config');
  if (pgConfig) {
    const r = spawnSync(pgConfig, ['--bindir'], { encoding: 'utf8' });
    if (r.status === 0) candidates.push(r.stdout.trim());
  }
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

/**
 * Starts the cluster; resolves to null when no PostgreSQL is installed, and throws with the
 * reason when it is installed but does not start. `settings` are extra `-c name=value`.
 */
export async function startCluster(settings: Record<string, string | number> = {}): Promise<Cluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coupdemain-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asPostgres = (cmd: string, argv: string[]) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...argv]] : [cmd, argv]) as [string, string[]];
  if (isRoot) {
    chmodSync(dir, 0o777);
    spawnSync('chown', ['postgres', dir]);
  }
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const initdb = asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  if ((await run(initdb[0], initdb[1], { stdio: 'ignore' })) !== 0) {
    cleanUp();
    throw new Error('initdb a échoué');
  }
  const all: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 200,
    ...settings,
  };
  const opts = [`-p ${port}`, `-k ${dir}`, ...Object.entries(all).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  const start = asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  if ((await run(start[0], start[1], { stdio: 'ignore' })) !== 0) {
    cleanUp();
    throw new Error('PostgreSQL n’a pas démarré');
  }
  const psql = path.join(bin, 'psql');
  const sql = `
    CREATE ROLE coupdemain_admin LOGIN CREATEDB CREATEROLE BYPASSRLS;
    CREATE ROLE coupdemain_app LOGIN NOSUPERUSER NOBYPASSRLS;`;
  const roles = spawnSync(psql, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { encoding: 'utf8' });
  const version = spawnSync(psql, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-tAc', 'show server_version'], { encoding: 'utf8' }).stdout.trim();
  const cluster: Cluster = {
    adminUrl: `postgres://coupdemain_admin@127.0.0.1:${port}/postgres`,
    appUrl: `postgres://coupdemain_app@127.0.0.1:${port}/postgres`,
    superUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    bin,
    version,
    dataDir: data,
    urlFor(url, database) {
      const u = new URL(url);
      u.pathname = `/${database}`;
      return u.toString();
    },
    async stop() {
      const stop = asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      await run(stop[0], stop[1], { stdio: 'ignore' });
      cleanUp();
    },
  };
  if (roles.status !== 0) {
    await cluster.stop();
    throw new Error(`création des rôles : ${roles.stderr}`);
  }
  return cluster;
}
