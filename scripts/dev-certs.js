/**
 * HTTPS certificates for the development server (https://localhost:3000).
 *
 * On Windows and macOS, desktop Excel only loads an add-in over HTTPS it trusts: we use
 * office-addin-dev-certs, which creates a development CA and installs it in the user's store
 * (Windows asks once; macOS asks for the password).
 *
 * On Linux there is no desktop Excel, and installing a CA needs sudo: we only generate the
 * certificates, with office-addin-dev-certs' generator, into .certs/ of the project, and say how
 * to trust the CA in a browser for Excel on the web.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const { ca: CA, cert: CERT, key: KEY } = files(CERT_DIR);
const VALIDITY_DAYS = 30;

/** The three files of a certificate folder. */
function files(dir) {
  return { ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

/** True when the files exist and the certificate is valid for at least another day. */
function usable(dir) {
  const { ca, cert, key } = files(dir);
  if (![ca, cert, key].every((f) => fs.existsSync(f))) return false;
  const validTo = new Date(new crypto.X509Certificate(fs.readFileSync(cert)).validTo);
  return validTo.getTime() - Date.now() > 24 * 3600 * 1000;
}

/**
 * Generates the certificates in `dir` (.certs/ of the project) when missing or about to expire;
 * returns true when it made new ones. office-addin-dev-certs' generator prints an English line
 * when it is done: it is silenced, and the start script says it in French.
 */
async function ensureLocalCertificates(dir = CERT_DIR) {
  if (usable(dir)) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  const { ca, cert, key } = files(dir);
  const log = console.log;
  console.log = () => {};
  try {
    await generateCertificates(ca, cert, key, VALIDITY_DAYS);
  } catch (error) {
    throw new Error(`Impossible de créer les certificats de développement dans ${dir} (${error.message.split("\n")[0]})`);
  } finally {
    console.log = log;
  }
  return true;
}

/** How to trust the development CA, in French for the people who run `npm start`. */
function trustInstructions() {
  const ca = path.relative(process.cwd(), CA) || CA;
  return [
    `Certificat de développement : autorité ${ca} (valable ${VALIDITY_DAYS} jours, regénérée automatiquement).`,
    "Pour que le navigateur (Excel sur le web) fasse confiance à https://localhost:3000 :",
    '  - Chrome, Edge, Chromium : certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "FS CTEC dev" -i ' + ca + "  (paquet libnss3-tools)",
    "  - Firefox : Paramètres > Vie privée et sécurité > Certificats > Afficher les certificats > Autorités > Importer " + ca,
    "  - tout le système (Debian, Ubuntu) : sudo cp " +
      ca +
      " /usr/local/share/ca-certificates/fs-ctec-dev.crt && sudo update-ca-certificates",
    "  - à défaut : ouvrir une fois https://localhost:3000/taskpane.html dans le même navigateur et accepter l'avertissement.",
  ].join("\n");
}

/** HTTPS options for webpack-dev-server. */
async function httpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    return require("office-addin-dev-certs").getHttpsServerOptions();
  }
  await ensureLocalCertificates();
  return { ca: fs.readFileSync(CA), cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) };
}

module.exports = { CERT_DIR, ensureLocalCertificates, httpsOptions, trustInstructions };
