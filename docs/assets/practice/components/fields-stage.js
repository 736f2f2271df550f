// A stage of fields and the portal's button: pressing it checks this stage's answers (with the
// answers of the stages before), shows what is wrong beside each field and in the error summary,
// and only a stage that passes lets the next one open. Until the checker is ready the press waits
// visibly beside the button.
//
// A stage that passes with warnings the person has not been shown yet (an answer the real site may
// refuse: Persian digits, a rule no source confirms) stops once and lists them above the form;
// pressing again with the same answers goes on, and an answer that brings a new warning stops again.

import { showText } from "../../text.js";
import { init as initFieldMessages } from "./field-messages.js";

/** config: checker() → a started checker ({ready, check}), state() → the checker's state,
 * failure() → its failure message, progress() → 0…1, say(key), answers() → all answers so far,
 * summary (error-summary), warnings (warning-summary), checked(result, warned) after every answer
 * (``warned``: this stage's warnings, [{field, label, message, typed?, portal?}]), passed(result) when it passes. */
export function init(section, config) {
  const form = section.querySelector("form");
  const button = form.querySelector(".practice-button");
  const waiting = form.querySelector("[data-waiting]");
  const messages = initFieldMessages(form);
  let submitting = false;
  // The warnings this stage has stopped for, each as field and words: shown once, they no longer stop it.
  const stoppedFor = new Set();
  const said = ({ field, message }) => `${field}\u0000${message}`;

  function showWaiting() {
    const state = config.state();
    waiting.hidden = false;
    button.setAttribute("aria-busy", "true");
    if (state === "failed") showText(waiting, config.failure());
    else if (state === "downloading") showText(waiting, `${config.say("practice.waiting")} ${Math.round(config.progress() * 100)}%`);
    else showText(waiting, config.say("practice.waiting"));
  }

  function stopWaiting() {
    waiting.hidden = true;
    button.removeAttribute("aria-busy");
  }

  async function submit() {
    if (submitting) return;
    submitting = true;
    try {
      const checker = config.checker();
      if (config.state() !== "ready") showWaiting();
      await checker.ready;
      const result = await checker.check(section.dataset.stage, config.answers());
      stopWaiting();
      messages.clear();
      config.warnings.hide();
      config.summary.show(messages.show(result));
      const warned = (result.warned || []).filter(({ field }) => messages.owns(field));
      config.checked(result, warned);
      if (!result.ok) return;
      const unseen = warned.filter((warning) => !stoppedFor.has(said(warning)));
      if (unseen.length) {
        for (const warning of unseen) stoppedFor.add(said(warning));
        config.warnings.show(warned, button.textContent.trim());
        return;
      }
      await config.passed(result);
    } catch {
      // The failure is on screen (the status line and beside the button), with "Try again".
      showWaiting();
    } finally {
      submitting = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });

  function reset() {
    form.reset();
    messages.clear();
    stopWaiting();
    stoppedFor.clear();
  }

  return {
    submit, reset, messages,
    isWaiting: () => !waiting.hidden,
    isSubmitting: () => submitting,
    // The checker's state changed: a visible waiting line follows it.
    followChecker: () => !waiting.hidden && showWaiting(),
  };
}
