/**
 * deploy/caddy/Caddyfile proved on Debian's Caddy: the suite of test/deploy/server.ts
 * (docs/deploiement.md followed on this machine, the pane loaded through it in Chromium). The
 * test's global options keep Caddy to itself: no admin endpoint, no certificate request, no
 * redirect server on port 80, its data in the test's folder.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deploymentSuite, replaceOnce, ROOT } from "./server";

const CADDY = "/usr/bin/caddy";

deploymentSuite({
  name: "Caddy",
  binary: CADDY,
  apt: "caddy",
  serverHeader: undefined,
  redirects: false,
  start({ dir, dist, cert, key, httpsPort }) {
    // The configuration of deploy/, with only its address, paths and certificate changed.
    let site = readFileSync(join(ROOT, "deploy/caddy/Caddyfile"), "utf8");
    site = replaceOnce(site, "complements.exemple.fr {\n", `https://127.0.0.1:${httpsPort} {\n\tbind 127.0.0.1\n\ttls ${cert} ${key}\n`);
    site = replaceOnce(site, "root * /var/www/france-services-ctec\n", `root * ${dist}\n`);
    const global = `{\n\tadmin off\n\tauto_https disable_redirects\n\tstorage file_system ${join(dir, "caddy")}\n}\n\n`;
    writeFileSync(join(dir, "Caddyfile"), global + site);
    return spawn(CADDY, ["run", "--config", join(dir, "Caddyfile"), "--adapter", "caddyfile"], {
      env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, "data"), XDG_CONFIG_HOME: join(dir, "config") },
      stdio: ["ignore", "pipe", "pipe"],
    });
  },
});
