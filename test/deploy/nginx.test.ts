/**
 * deploy/nginx/france-services-ctec.conf proved on Debian's nginx: the suite of test/deploy/server.ts
 * (docs/deploiement.md followed on this machine, the pane loaded through it in Chromium).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deploymentSuite, replaceOnce, ROOT } from "./server";

const NGINX = "/usr/sbin/nginx";

deploymentSuite({
  name: "nginx",
  binary: NGINX,
  apt: "nginx",
  serverHeader: "nginx",
  redirects: true,
  start({ dir, dist, cert, key, httpsPort, httpPort }) {
    // The configuration of deploy/, with only its paths and ports changed, on 127.0.0.1 only.
    let site = readFileSync(join(ROOT, "deploy/nginx/france-services-ctec.conf"), "utf8");
    site = replaceOnce(site, "    listen 443 ssl;\n", `    listen 127.0.0.1:${httpsPort} ssl;\n`);
    site = replaceOnce(site, "    listen [::]:443 ssl;\n", "");
    site = replaceOnce(site, "    listen 80;\n", `    listen 127.0.0.1:${httpPort};\n`);
    site = replaceOnce(site, "    listen [::]:80;\n", "");
    site = replaceOnce(site, "/etc/ssl/certs/complements.exemple.fr.pem", cert);
    site = replaceOnce(site, "/etc/ssl/private/complements.exemple.fr.key", key);
    site = replaceOnce(site, "root /var/www/france-services-ctec;", `root ${dist};`);
    writeFileSync(join(dir, "site.conf"), site);
    // What Debian's /etc/nginx/nginx.conf gives the site, in the test's folder.
    mkdirSync(join(dir, "logs"));
    writeFileSync(
      join(dir, "nginx.conf"),
      [
        process.getuid?.() === 0 ? "user root;" : "",
        "daemon off;",
        "worker_processes 1;",
        `pid ${join(dir, "nginx.pid")};`,
        "error_log stderr warn;",
        "events { worker_connections 64; }",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  default_type application/octet-stream;",
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${join(dir, t)};`),
        `  include ${join(dir, "site.conf")};`,
        "}",
      ].join("\n"),
    );
    const args = ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr"];
    const check = spawnSync(NGINX, ["-t", ...args], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t :\n${check.stderr}`);
    return spawn(NGINX, args, { stdio: ["ignore", "pipe", "pipe"] });
  },
});
