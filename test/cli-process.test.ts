/**
 * The built command line (dist/lib/cli.js, made by `npm install` or `npm run build:lib`) as a
 * process: pipes, the standard input, devices, a reader that goes away. Exit codes are the
 * process's, stderr is what the user reads.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LIMITS, syntheticScenario } from "../calc";

// Processes, files of 50 Mo and LibreOffice on a busy 2-core machine: generous time, no timed assertion.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "fs-ctec.cjs");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-proc-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The whole file fails (rather than skips) when the command line is not built: these cases must run. */
beforeAll(() => {
  if (!existsSync(path.join(ROOT, "dist", "lib", "cli.js")))
    throw new Error("dist/lib/cli.js absent : lancez « npm run build:lib » (npm install le fait) avant ces tests");
});

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectCleanStderr(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|Error:|FATAL|node:internal)/);
  expect(stderr).not.toMatch(RAW_CONTROL);
}

let big: string;
beforeAll(() => {
  big = path.join(TMP, "s1000.json");
  writeFileSync(big, JSON.stringify(syntheticScenario({ structures: 1000, seed: 7 })));
});

describe("a reader that goes away (EPIPE) ends the run quietly", () => {
  test.each([["--json"], ["--csv"]])("compute s1000.json %s | head -c 100 → exit 0, nothing on stderr", (format) => {
    const r = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" compute "${big}" ${format} | head -c 100 > /dev/null`],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("the process stops when its stdout closes: exit 0 without writing the 11 Mo", async () => {
    const child = spawn(process.execPath, [BIN, "compute", big, "--json"]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let received = 0;
    child.stdout.on("data", (d: Buffer) => {
      received += d.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(received).toBeLessThan(1024 * 1024);
  });
});

describe("the standard input, pipes and devices: counted on the bytes read", () => {
  test("compute - < example → 409 045,00 in the total, exit 0", () => {
    const r = cli(["compute", "-"], readFileSync(EXAMPLE));
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").find((l) => l.startsWith("Total"))).toContain("409 045,00");
  });

  test("compute /dev/stdin (the path that bypassed statSync) reads the pipe: same output as the file", () => {
    const r = cli(["compute", "/dev/stdin", "--json"], readFileSync(EXAMPLE));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(cli(["compute", EXAMPLE, "--json"]).stdout);
  });

  test("compute /dev/zero → exit 2 « trop volumineux » after 50 Mo read (it used to never answer)", () => {
    const r = cli(["compute", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`fs-ctec : /dev/zero est trop volumineux (plus de ${LIMITS.fileBytes} octets lus, 50 Mo au plus)\n`);
  });

  test("cat example | compute /dev/stdin (a shell pipe, a FIFO) → the same output as the file", () => {
    const r = spawnSync("bash", ["-c", `cat "${EXAMPLE}" | "${process.execPath}" "${BIN}" compute /dev/stdin --json`], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(cli(["compute", EXAMPLE, "--json"]).stdout);
  });

  test("60 Mo piped into /dev/stdin → exit 2, the reading stops at the limit", async () => {
    const child = spawn(process.execPath, [BIN, "compute", "/dev/stdin"]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.on("error", () => undefined); // the command line stops reading: EPIPE on our side
    child.stdin.end(Buffer.alloc(60 * 1024 * 1024, 0x20));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr).toContain("/dev/stdin est trop volumineux");
    expectCleanStderr(stderr);
  });
});

describe("memory: a computation that cannot fit is refused up front, with the estimate, never a crash", () => {
  test("10 000 structures with traces in a 48 Mo heap → exit 2 « demanderait environ 0,13 Go de mémoire », no V8 fatal error", () => {
    const f = path.join(TMP, "s10000.json");
    writeFileSync(f, JSON.stringify(syntheticScenario({ structures: 10_000, seed: 1 })));
    const r = spawnSync(process.execPath, ["--max-old-space-size=48", BIN, "compute", f, "--json"], { encoding: "utf8", timeout: 170_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^fs-ctec : ce calcul demanderait environ 0,13 Go de mémoire \(10000 structures, traces comprises\), plus que les 0,\d\d Go permis à Node ici ; relancez avec NODE_OPTIONS=--max-old-space-size=256 ou avec --sans-traces\n$/,
    );
    expectCleanStderr(r.stderr);
  });
});

describe("exit codes of the process", () => {
  test("--xml → exit 2 with the usage, nothing on stdout", () => {
    const r = cli(["compute", EXAMPLE, "--xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("option inconnue « --xml »");
    expect(r.stderr).toContain("Utilisation :");
    expectCleanStderr(r.stderr);
  });

  test("a file name holding ESC[2J is echoed escaped", () => {
    const r = cli(["compute", path.join(TMP, "x\u001b[2J.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("x<U+001B>[2J.json");
    expectCleanStderr(r.stderr);
  });

  test("compute s1000.json --json → the same bytes as JSON.stringify(result, null, 2) of the library", () => {
    const r = cli(["compute", big, "--json"]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built library, as the command line bundles it
    const lib = require(path.join(ROOT, "dist", "lib", "index.js")) as typeof import("../calc");
    const outcome = lib.compute(JSON.parse(readFileSync(big, "utf8")));
    if (!outcome.ok) throw new Error("valid");
    expect(r.stdout).toBe(JSON.stringify(outcome.result, null, 2) + "\n");
  });
});

describe("compare as a process", () => {
  test("compare examples/vosges-2022.json --taux 0,75 --csv → exit 0, the BOM, 21 lines; the table → exit 0; a bad option → exit 2, French, no stack", () => {
    const csv = cli(["compare", EXAMPLE, "--taux", "0,75", "--csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe("");
    expect(csv.stdout.startsWith("\ufeffNiveau;")).toBe(true);
    expect(csv.stdout.split("\r\n").filter(Boolean)).toHaveLength(21);
    const text = cli(["compare", EXAMPLE, "--annee", "2023"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("  - Année : 2022 → 2023");
    const bad = cli(["compare", EXAMPLE, "--taux", "beaucoup"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--taux attend un nombre positif");
    expectCleanStderr(bad.stderr);
  });
});
