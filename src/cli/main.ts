// The process entry: wires run() to the real stdin, stdout, stderr and file system, and sets the exit code.

import { InputError, nodeFs, formatSize } from "./files.js";
import { run, type CliIo } from "./run.js";

function readStdin(maxSize: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stdin = process.stdin;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxSize) {
        stdin.off("data", onData);
        stdin.pause();
        stdin.destroy();
        reject(new InputError("<stdin>", `输入过大（超过上限 ${formatSize(maxSize)}，可用 --max-size 调整）`));
        return;
      }
      chunks.push(chunk);
    };
    stdin.on("data", onData);
    stdin.once("end", () => resolve(Buffer.concat(chunks)));
    stdin.once("error", reject);
  });
}

/** Runs the CLI on this process's arguments and streams. */
export async function main(): Promise<void> {
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    fs: nodeFs,
  };
  // A closed pipe (`gongwen-lint … | head`) is not an error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (e) {
    process.stderr.write(`gongwen-lint: 内部错误：${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
