// The SMS stage: a mock phone shows the simulated message (its code, and any value the form made),
// the code is typed and confirmed, the countdown runs, three wrong codes or the end of the time lock
// the box until "Send again". Nothing here is sent anywhere: the checker makes and checks the code.

import { showText } from "../../text.js";

/** config: say(key, details), send() → {sms, sent, seconds, made, keep}, confirm(code) → {outcome, message},
 * confirmed(answer, made) once the code is right. */
export function init(section, config) {
  const codeInput = section.querySelector("#f-sms_code");
  const confirmButton = section.querySelector("[data-confirm]");
  const sendAgain = section.querySelector("[data-send-again]");
  const countdownLine = section.querySelector("[data-countdown]");
  const view = section.ownerDocument.defaultView;
  let countdown;
  let sending = false;
  let confirming = false;
  let made = {};

  const announce = (message) => showText(section.querySelector("[data-countdown-announcement]"), message);

  function acceptCodes(open) {
    codeInput.disabled = !open;
    confirmButton.disabled = !open;
  }

  function showCountdown(seconds) {
    view.clearInterval(countdown);
    const endsAt = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
      showText(countdownLine, config.say("sms.time_left", { time }));
      // Screen readers hear the time now and then (each minute, then 30 s), not every second.
      if (left > 0 && (left % 60 === 0 || left === 30)) announce(config.say("sms.time_left", { time }));
      if (left === 0) {
        view.clearInterval(countdown);
        showText(countdownLine, config.say("sms.expired"));
        announce(config.say("sms.expired"));
        acceptCodes(false);
      }
    };
    tick();
    countdown = view.setInterval(tick, 1000);
  }

  function setCodeError(message) {
    const slot = section.querySelector("#error-sms_code");
    slot.hidden = !message;
    showText(slot.querySelector("[data-message]"), message);
    if (message) {
      codeInput.setAttribute("aria-invalid", "true");
      codeInput.setAttribute("aria-describedby", "error-sms_code");
    } else {
      codeInput.removeAttribute("aria-invalid");
      codeInput.removeAttribute("aria-describedby");
    }
  }

  async function sendCode() {
    if (sending) return;
    sending = true;
    // No code to type until the message has come: what was typed before it would be wiped by it.
    acceptCodes(false);
    try {
      const answer = await config.send();
      made = answer.made || {};
      showText(section.querySelector("[data-sms-message]"), answer.sms);
      showText(section.querySelector("[data-sms-sent]"), answer.sent);
      // A value the form made (an application number) is worth writing down, as the real portal says.
      const keep = section.querySelector("[data-sms-keep]");
      keep.hidden = !answer.keep || Object.keys(answer.keep).length === 0;
      showText(keep, Object.values(answer.keep || {}).join(" "));
      setCodeError("");
      codeInput.value = "";
      acceptCodes(true);
      showCountdown(answer.seconds);
    } catch {
      setCodeError(config.say("practice.failed.error"));
    } finally {
      sending = false;
    }
  }

  async function confirm() {
    if (confirming || codeInput.disabled) return;
    confirming = true;
    try {
      const answer = await config.confirm(codeInput.value);
      if (answer.outcome === "confirmed") {
        view.clearInterval(countdown);
        config.confirmed(answer, made);
        return;
      }
      if (answer.outcome === "locked" || answer.outcome === "expired") {
        view.clearInterval(countdown);
        showText(countdownLine, "");
        acceptCodes(false);
      }
      setCodeError(answer.message);
      // The box typed in has the focus already: the error shown above it may have pushed it off the screen.
      const next = codeInput.disabled ? sendAgain : codeInput;
      next.focus();
      next.scrollIntoView({ block: "nearest" });
    } catch {
      setCodeError(config.say("practice.failed.error"));
    } finally {
      confirming = false;
    }
  }

  section.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    confirm();
  });
  sendAgain.addEventListener("click", sendCode);

  /** Opens the stage: sends a code. (What the stages before noticed, each stopped for once; the end lists it all.) */
  function open() {
    return sendCode();
  }

  function reset() {
    view.clearInterval(countdown);
    showText(section.querySelector("[data-sms-message]"), "");
    showText(section.querySelector("[data-sms-sent]"), "");
    showText(section.querySelector("[data-sms-keep]"), "");
    section.querySelector("[data-sms-keep]").hidden = true;
    showText(countdownLine, "");
    codeInput.value = "";
    setCodeError("");
    made = {};
  }

  return { open, reset };
}
