// File access for the CLI: expanding paths (folders walked for .txt/.md), reading with a size limit, and writing
// back atomically (temp file in the same folder, fsync, rename). All through a small injectable interface so that
// tests can simulate failures that root cannot produce (an unreadable file).

import { constants, promises as fsp } from "node:fs";
import { basename, dirname, join } from "node:path";

/** What the CLI needs to know of a path; `mode`, `uid` and `gid` are carried over when a file is written back. */
export interface FileInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  mode: number;
  uid: number;
  gid: number;
}

/** The file-system operations the CLI uses; {@link nodeFs} is the real one. */
export interface CliFs {
  stat(path: string): Promise<FileInfo>;
  readdir(path: string): Promise<{ name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[]>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes `bytes` over the file at `path` (following a symlink to its target) by way of a temp file beside the
   * target, with the original's mode and, where permitted, owner; the original stays intact until the rename.
   */
  writeFileAtomic(path: string, bytes: Uint8Array, like: FileInfo, pauseBeforeRenameMs?: number): Promise<void>;
  /** Removes temp files left beside `path` by a run that was killed mid-write. */
  removeStaleTemps(path: string): Promise<void>;
}

const TEMP_RE = /^\.(.+)\.gongwen-lint-(\d+)\.tmp$/;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.gongwen-lint-${process.pid}.tmp`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The real file system. */
export const nodeFs: CliFs = {
  stat: (path) => fsp.stat(path),
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  readFile: (path) => fsp.readFile(path),
  async writeFileAtomic(path, bytes, like, pauseBeforeRenameMs) {
    const target = await fsp.realpath(path);
    const temp = tempPathFor(target);
    let handle: fsp.FileHandle | null = null;
    try {
      handle = await fsp.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      await handle.writeFile(bytes);
      await handle.chmod(like.mode & 0o7777);
      await handle.chown(like.uid, like.gid).catch(() => undefined);
      await handle.sync();
      await handle.close();
      handle = null;
      if (pauseBeforeRenameMs) await new Promise((resolve) => setTimeout(resolve, pauseBeforeRenameMs));
      await fsp.rename(temp, target);
    } catch (e) {
      await handle?.close().catch(() => undefined);
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      throw e;
    }
    // Make the rename itself durable; not every platform can sync a folder, which is no reason to fail.
    const folder = await fsp.open(dirname(target), "r").catch(() => null);
    await folder?.sync().catch(() => undefined);
    await folder?.close().catch(() => undefined);
  },
  async removeStaleTemps(path) {
    const target = await fsp.realpath(path).catch(() => path);
    const dir = dirname(target);
    const name = basename(target);
    let entries: string[];
    try {
      entries = await fsp.readdir(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const m = TEMP_RE.exec(entry);
      // A temp of this very process is stale too: a killed run had this pid before, and this file is not being written.
      const pid = Number(m?.[2]);
      if (!m || m[1] !== name || (pid !== process.pid && processAlive(pid))) continue;
      await fsp.rm(join(dir, entry), { force: true }).catch(() => undefined);
    }
  },
};

/** Thrown for an input path that cannot be used; the message is the one-line reason shown to the user. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const TEXT_EXT = /\.(txt|md)$/i;

/** Describes a file-system error in one short Chinese phrase. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "文件不存在";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "是目录，不是文件";
    case "ENOTDIR":
      return "路径中有一段不是目录";
    case "ELOOP":
      return "符号链接循环";
    default:
      return `无法读取（${code ?? (e as Error)?.message ?? String(e)}）`;
  }
}

/**
 * Expands the paths given on the command line: a file stays as given, a folder becomes its .txt and .md files
 * (recursively, skipping node_modules and dot-folders, sorted). `-` stays `-`. Paths are shown as given and accessed
 * through `abs`. Missing paths raise {@link InputError} through `onError` and are left out.
 */
export async function expandPaths(
  fs: CliFs,
  paths: readonly string[],
  abs: (path: string) => string,
  onError: (e: InputError) => void,
): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let st;
    try {
      st = await fs.stat(abs(p));
    } catch (e) {
      onError(new InputError(p, describeFsError(e)));
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(fs, p, abs, found, onError);
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

async function walk(fs: CliFs, dir: string, abs: (path: string) => string, found: string[], onError: (e: InputError) => void): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(abs(dir));
  } catch (e) {
    onError(new InputError(dir, describeFsError(e)));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") await walk(fs, path, abs, found, onError);
    } else if (TEXT_EXT.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(path);
  }
}

/** Reads a file of at most `maxSize` bytes; larger files are refused before any byte is read. */
export async function readInput(fs: CliFs, path: string, maxSize: number): Promise<{ bytes: Uint8Array; info: FileInfo }> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
  if (st.isDirectory()) throw new InputError(path, "是目录，不是文件");
  if (!st.isFile()) throw new InputError(path, "不是普通文件");
  if (st.size > maxSize) throw new InputError(path, `文件过大（${formatSize(st.size)}，上限 ${formatSize(maxSize)}，可用 --max-size 调整）`);
  try {
    const bytes = await fs.readFile(path);
    if (bytes.length > maxSize) throw new InputError(path, `文件过大（超过上限 ${formatSize(maxSize)}，可用 --max-size 调整）`);
    return { bytes, info: st };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, describeFsError(e));
  }
}

/** A byte count for messages: `20 MB`, `512 KB`, `300 B`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
