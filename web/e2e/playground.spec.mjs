// Browser test of the playground: starts the built `cigraph serve` on a
// free port against the Neo4j of NEO4J_URI (set by `make test-browser`),
// imports the seed gold documents, opens the playground in headless
// Debian Chromium with every non-local request blocked, runs the exposure
// query and checks the answer is shown. Saves e2e/out/playground.png.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const bin = process.env.CIGRAPH_BIN || join(root, "bin", "cigraph");
const shot = join(here, "out", "playground.png");

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitReady(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${ms} ms`);
}

function importSeeds() {
  const gold = join(root, "..", "shared", "seeds", "gold");
  const files = readdirSync(gold).filter((f) => f.endsWith(".json")).map((f) => join(gold, f));
  assert.ok(files.length > 0, `no seed gold files in ${gold}`);
  const res = spawnSync(bin, ["ingest", "--extracted", ...files], { stdio: "inherit", env: process.env });
  assert.equal(res.status, 0, "importing the seed gold documents");
}

async function runPlayground(base) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const blocked = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "127.0.0.1" || host === "localhost") return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base + "/", { waitUntil: "load" });
    await page.waitForSelector(".graphiql-execute-button", { timeout: 20000 });
    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await result.getByText('"computedShare"').waitFor({ timeout: 20000 });
    const text = await result.innerText();
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    assert.match(text, /"name": "ByteDance"/);
    assert.match(text, /"name": "TikTok"/);
    assert.match(text, /"value": 24/);
    assert.match(text, /"value": 25/);
    assert.deepEqual(errors, [], "no page errors");
    return blocked;
  } finally {
    await browser.close();
  }
}

async function main() {
  assert.ok(process.env.NEO4J_URI, "NEO4J_URI is not set: run via `make test-browser`");
  importSeeds();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ["serve", "--addr", `127.0.0.1:${port}`], { stdio: "inherit", env: process.env });
  try {
    await waitReady(base + "/readyz", 60000);
    const started = Date.now();
    const blocked = await runPlayground(base);
    console.log(`playground: exposure answer shown in ${Date.now() - started} ms; ` +
      `${blocked.length} non-local requests blocked; screenshot ${shot}`);
    console.log("1 passed, 0 failed");
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
