import { visible } from "../calc";
import { USAGE } from "./usage";

/** Where the command line writes: a write may wait (backpressure) and may fail with {@link OutputClosed}. */
export interface Output {
  write(chunk: string): void | Promise<void>;
}

/** The reader of the output went away (`fs-ctec … | head`): stop quietly. */
export class OutputClosed extends Error {}

/** The command line's outputs and input. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** The standard input, read for the file « - ». */
  stdin: () => AsyncIterable<Uint8Array>;
}

/** How a file is named in a message: « l'entrée standard » for « - », any control character escaped. */
export function named(file: string): string {
  return file === "-" ? "l'entrée standard" : visible(file);
}

/** A user error: exit code 2 with a French message (already escaped for the terminal). */
export class UsageError extends Error {}

export function usageError(message: string, withUsage = false): UsageError {
  return new UsageError(`${message}${withUsage ? `\n\n${USAGE}` : ""}`);
}

/** The size of a write: pieces are gathered up to it (a single larger piece is written alone). */
const BLOCK = 65536;

/**
 * Pieces written in blocks of at most 64 KiB (a single larger piece alone), waiting when the
 * reader is slower: a block is written before a piece that would take it past 64 KiB.
 */
export async function writeAll(out: Output, pieces: Iterable<string>): Promise<void> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (size && size + piece.length > BLOCK) {
      await out.write(buffer.join(""));
      buffer = [];
      size = 0;
    }
    buffer.push(piece);
    size += piece.length;
    if (size >= BLOCK) {
      await out.write(buffer.join(""));
      buffer = [];
      size = 0;
    }
  }
  if (size) await out.write(buffer.join(""));
}

/** The lines of a text, each with its line feed: a table is written in blocks like the other outputs. */
export function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

export function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}
