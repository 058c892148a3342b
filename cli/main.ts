/** The command line `fs-ctec`: its entry points and dispatch; each command lives in its own module (compute, compare, example). */
import { scenarioJsonSchema, visible, visibleLines } from "../calc";
import { compareCommand } from "./compare";
import { computeCommand } from "./compute";
import { exampleCommand } from "./example";
import { OutputClosed, UsageError, usageError, writeAll, type Io, type Output } from "./io";
import { parseOptions } from "./options";
import { USAGE } from "./usage";
import { OutputFileError } from "./xlsx";

export { OutputClosed, type Io, type Output } from "./io";
export { estimatedMemory } from "./memory";

/** What the command line wrote and its exit code, when run on memory outputs (tests). */
export interface CliOutput {
  stdout: string;
  stderr: string;
  code: number;
}

// ── entry points ───────────────────────────────────────────────────────────────────────────────

async function dispatch(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "compute":
    case "calculer":
      if (rest.includes("--help") || rest.includes("-h")) break;
      await computeCommand(rest, io);
      return 0;
    case "compare":
    case "comparer":
      if (rest.includes("--help") || rest.includes("-h")) break;
      await compareCommand(rest, io);
      return 0;
    case "example":
    case "exemple":
      if (rest.includes("--help") || rest.includes("-h")) break;
      await exampleCommand(rest, io);
      return 0;
    case "schema":
    case "schéma":
      parseOptions("schema", rest, [], []);
      if (rest.length) throw usageError(`fs-ctec schema : argument inattendu « ${visible(rest[0])} »`, true);
      await writeAll(io.stdout, [JSON.stringify(scenarioJsonSchema(), null, 2), "\n"]);
      return 0;
    case undefined:
      await writeAll(io.stdout, [USAGE, "\n"]);
      return 2;
    case "--help":
    case "-h":
    case "aide":
      break;
    default:
      throw usageError(`fs-ctec : commande inconnue « ${visible(command)} »`, true);
  }
  await writeAll(io.stdout, [USAGE, "\n"]);
  return 0;
}

/** Runs the command line on its arguments (without `node` and the script) and returns the exit code. */
export async function runIo(args: string[], io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    const message =
      e instanceof UsageError || e instanceof OutputFileError
        ? e.message
        : `fs-ctec : erreur inattendue : ${visible(e instanceof Error ? e.message : String(e))}\nMerci de signaler ce problème avec le fichier utilisé.`;
    try {
      await io.stderr.write(visibleLines(message) + "\n");
    } catch {
      // stderr closed too: nothing more can be said
    }
    return e instanceof UsageError || e instanceof OutputFileError ? 2 : 1;
  }
}

/** An output kept in memory. */
function memory(): Output & { text: () => string } {
  const parts: string[] = [];
  return { write: (c) => void parts.push(c), text: () => parts.join("") };
}

/** Runs the command line with outputs kept in memory (tests); `stdin` is the standard input's content. */
export async function run(args: string[], stdin: string | Buffer = ""): Promise<CliOutput> {
  const stdout = memory();
  const stderr = memory();
  const code = await runIo(args, {
    stdout,
    stderr,
    stdin: async function* () {
      yield typeof stdin === "string" ? Buffer.from(stdin, "utf8") : stdin;
    },
  });
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}

/**
 * A process stream as an {@link Output}: waits for `drain` when the pipe is full (the memory
 * holds one block, not the whole output); a reader that went away (EPIPE) ends the run quietly.
 */
export function streamOutput(stream: NodeJS.WritableStream & { destroyed?: boolean }): Output {
  let closed = false;
  let failure: Error | undefined;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") closed = true;
    else failure = e;
  });
  const check = () => {
    if (closed || stream.destroyed) throw new OutputClosed();
    if (failure) throw failure;
  };
  return {
    async write(chunk: string) {
      check();
      if (!stream.write(chunk)) {
        check();
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("close", done);
            stream.off("error", done);
            resolve();
          };
          stream.on("drain", done);
          stream.on("close", done);
          stream.on("error", done);
        });
      }
      check();
    },
  };
}

/** Entry point of the `fs-ctec` binary. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const code = await runIo(argv, {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    stdin: () => process.stdin,
  });
  process.exitCode = code;
}
