// What the page asks the checker, in the words of the engine's browser API (simulator/browser.py:
// one JSON request, one JSON answer). Every request names the form and the reader's language; the
// answers typed go only to the worker, in memory.

import { startChecker } from "./checker.js";

/** The person's own date as "YYYY-MM-DD" (days to choose are counted from it). */
export function localToday(now = new Date()) {
  const pad = (number) => String(number).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Wraps a started checker (anything with ``ready`` and ``ask(request)``) in the browser API's requests. */
export function checkerClient(checker, { form, lang }) {
  async function ask(request) {
    const answer = await checker.ask({ form, lang, ...request });
    if (answer && answer.error) throw new Error(answer.error);
    return answer;
  }
  return {
    ready: checker.ready,
    stop: () => checker.stop(),
    describe: () => ask({ type: "describe", today: localToday() }),
    check: (stage, answers) => ask({ type: "check", stage, answers, today: localToday() }),
    send: (stage, answers) => ask({ type: "send", stage, answers }),
    // With the stage and the answers, a right code also names the stage that opens next.
    confirm: (code, stage, answers) => ask({ type: "confirm", code, stage, answers }),
    review: (answers) => ask({ type: "review", answers }),
    picture: (field) => ask({ type: "picture", field }),
  };
}

/** Starts the checker worker of the page ``config`` and returns its client. */
export function connect(config, on) {
  return checkerClient(startChecker(config, on), config);
}
