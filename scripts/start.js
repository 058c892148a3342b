/**
 * `npm start` and `npm stop`.
 *
 * Windows and macOS: Microsoft's office-addin-debugging starts the development server and
 * sideloads manifest.xml into desktop Excel (fetched with npx on first use: it is not a project
 * dependency, because it pulls the Microsoft 365 Agents Toolkit and a native keychain module).
 *
 * Linux (no desktop Excel): generates the development certificates without installing them (no
 * sudo), starts the HTTPS development server on https://localhost:3000 in the background, waits
 * until it answers, and says how to load the add-in into Excel on the web.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { setTimeout: sleep } = require("timers/promises");
const { ensureLocalCertificates, trustInstructions } = require("./dev-certs");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;
const URL_BASE = `https://localhost:${PORT}/`;
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const LOG_FILE = path.join(ROOT, "dev-server.log");
const DEBUGGING = "office-addin-debugging@6.1.2";
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

function officeAddinDebugging(args) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", DEBUGGING, ...args], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}

/** Resolves true when the server answers `page` with 200, false after `seconds`. */
async function answers(page, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const req = https.get(URL_BASE + page, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => resolve(false));
      req.on("timeout", () => req.destroy());
    });
    if (ok) return true;
    if (seconds > 0) await sleep(1000);
  }
  return false;
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function savedPid() {
  const pid = fs.existsSync(PID_FILE) ? Number(fs.readFileSync(PID_FILE, "utf8")) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function start() {
  // Its dev server command, port and app come from package.json (scripts.dev-server, config).
  if (DESKTOP) officeAddinDebugging(["start", "manifest.xml", "desktop"]);

  const fresh = await ensureLocalCertificates();
  const pid = savedPid();
  if (pid && running(pid) && (await answers("taskpane.html", 1))) {
    console.log(`Le serveur de développement tourne déjà (processus ${pid}) : ${URL_BASE}`);
  } else {
    const log = fs.openSync(LOG_FILE, "w");
    const webpack = require.resolve("webpack-cli/bin/cli.js");
    // Detached, in its own process group: `npm stop` ends that group and nothing else.
    const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
    });
    server.unref();
    fs.writeFileSync(PID_FILE, String(server.pid));
    console.log(`Démarrage du serveur de développement (processus ${server.pid}, journal ${path.relative(process.cwd(), LOG_FILE)})…`);
    if (!(await answers("taskpane.html", 180)) || !running(server.pid)) {
      console.error(
        `Le serveur ne répond pas sur ${URL_BASE}. Fin du journal :\n${fs.readFileSync(LOG_FILE, "utf8").split("\n").slice(-20).join("\n")}`,
      );
      process.exit(1);
    }
  }
  console.log(
    [
      "",
      `Le complément est servi sur ${URL_BASE} (certificat de développement${fresh ? " créé à l'instant" : ""}).`,
      "Pas d'Excel de bureau sur Linux : chargez-le dans Excel sur le web.",
      "  1. Ouvrez un classeur sur https://www.office.com (OneDrive ou SharePoint), dans un navigateur de cette machine.",
      "  2. Accueil > Compléments > Plus de compléments > Mes compléments > Charger mon complément,",
      `     puis choisissez ${path.join(ROOT, "manifest.xml")}.`,
      "  3. Tapez =FS. dans une cellule : les fonctions apparaissent ; le bouton « Ouvrir le volet » est dans l'onglet Accueil.",
      `Page autonome du volet : ${URL_BASE}taskpane.html`,
      "Arrêter : npm stop",
      "",
      trustInstructions(),
    ].join("\n"),
  );
}

function stop() {
  if (DESKTOP) officeAddinDebugging(["stop", "manifest.xml"]);
  const pid = savedPid();
  if (!pid || !running(pid)) {
    console.log("Aucun serveur de développement lancé par npm start.");
  } else {
    process.kill(-pid, "SIGTERM");
    console.log(`Serveur de développement arrêté (processus ${pid}).`);
  }
  fs.rmSync(PID_FILE, { force: true });
}

if (process.argv[2] === "stop") stop();
else
  start().catch((error) => {
    console.error(`npm start a échoué : ${error.message}`);
    process.exit(1);
  });
