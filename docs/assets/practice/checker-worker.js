// The checker: Pyodide and the simulator package, in a dedicated worker so the page never freezes.
// It receives the form's answers, answers with the simulator's judgement, and runs the SMS step.
// What it is given stays in this worker's memory: it is never logged, stored or sent anywhere.

let pyodide;
let simulator;
let confirmation;

function post(message) {
  self.postMessage(message);
}

async function download(files) {
  // Fetched once here to show progress; Pyodide's own requests then come from the browser's cache.
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  for (const file of files) {
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      done += chunk.value.length;
      post({ type: "progress", done: Math.min(done, total), total });
    }
  }
}

async function start({ indexURL, lockFileURL, files }) {
  await download(files);
  post({ type: "starting" });
  const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
  const quiet = () => {};
  pyodide = await loadPyodide({ indexURL, lockFileURL, packages: ["simulator"], stdout: quiet, stderr: quiet });
  simulator = pyodide.pyimport("simulator");
  const { Confirmation } = pyodide.pyimport("simulator.confirmation");
  confirmation = Confirmation();
}

function asObject(proxy) {
  const value = proxy.toJs({ dict_converter: Object.fromEntries });
  proxy.destroy();
  return value;
}

function validate({ form, values, lang }) {
  const answers = pyodide.toPy(values);
  const result = simulator.validate(form, answers, lang);
  answers.destroy();
  const plain = asObject(result.to_dict());
  result.destroy();
  return plain;
}

function sendCode({ lang, phone }) {
  const code = confirmation.send();
  const masked = `0${phone.slice(0, 3)} *** ** ${phone.slice(-2)}`;
  const sent = pyodide.pyimport("simulator.messages").text.callKwargs("code.sent", lang, { phone: masked });
  return { code, sent, seconds: confirmation.seconds_left() };
}

function checkCode({ code, lang }) {
  const check = confirmation.check(code);
  const answer = {
    outcome: check.outcome.value,
    message: check.message(lang),
    attemptsLeft: check.attempts_left,
    seconds: confirmation.seconds_left(),
  };
  check.destroy();
  return answer;
}

const handlers = { validate, send: sendCode, confirm: checkCode };
let started;

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    started = start(data).then(
      () => post({ type: "ready" }),
      (error) => post({ type: "failed", reason: error.name }),
    );
    return;
  }
  await started;
  try {
    post({ type: "answer", id: data.id, answer: handlers[data.type](data) });
  } catch (error) {
    post({ type: "answer", id: data.id, error: error.name });
  }
};
