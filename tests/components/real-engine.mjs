// The real engine for a component test: simulator.browser.handle in a CPython process (engine_bridge.py),
// behind the same ask(request) the page's worker offers. Every request and answer is kept, so a test
// can read what the engine made (a picture code, an SMS code) as a person reads it off the screen.

import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function startEngine(formsPath) {
  const python = spawn(`${ROOT}.venv/bin/python`, [fileURLToPath(new URL("engine_bridge.py", import.meta.url))], {
    cwd: ROOT, env: { ...process.env, SIMULATOR_FORMS_PATH: formsPath }, stdio: ["pipe", "pipe", "inherit"],
  });
  const pending = new Map();
  const exchanges = [];
  let nextId = 0;
  createInterface({ input: python.stdout }).on("line", (line) => {
    const { id, answer } = JSON.parse(line);
    exchanges[id].answer = answer;
    pending.get(id)(answer);
    pending.delete(id);
  });
  return {
    exchanges,
    ask(request) {
      const id = nextId++;
      exchanges[id] = { request };
      python.stdin.write(`${JSON.stringify({ id, request })}\n`);
      return new Promise((resolve) => pending.set(id, resolve));
    },
    last(type) {
      return exchanges.filter((exchange) => exchange.request.type === type).at(-1);
    },
    /** Ends the engine once every request asked has its answer. */
    async stop() {
      while (pending.size) await new Promise((resolve) => setTimeout(resolve, 10));
      python.stdin.end();
    },
  };
}
