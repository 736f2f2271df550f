// A day and a time to choose among those offered, as the appointment system's Tarih Seçimi asks.
// The days depend on today, so the engine works them out and the page asks for them (through the
// checker); they are simulated, and the group says so. First a day, then the times of that day:
// full days and taken times are shown, marked in words, and cannot be chosen. Dates are written in the
// reader's language as the rest of the site writes them (site_text.day_month_year: the month names of
// the group's data-date-locales, joined by "/" where readers know two; the digits 0–9, isolated in
// right-to-left text), always in the Gregorian calendar the portal uses; the time as the portal writes
// it (09:30). The answer is the chosen time's radio: "YYYY-MM-DDTHH:MM".

import { sayer, showText } from "../../text.js";

function dateOf(isoDay) {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

const DATE = { calendar: "gregory", numberingSystem: "latn", timeZone: "UTC" };

/** A function writing a day as "Thursday 3 December" in the first of ``locales``, its month named in each. */
function dayInWords(locales) {
  const days = new Intl.DateTimeFormat(locales[0], { ...DATE, weekday: "long", day: "numeric", month: "long" });
  const months = locales.map((locale) => new Intl.DateTimeFormat(locale, { ...DATE, day: "numeric", month: "long" }));
  const monthIn = (format, date) => format.formatToParts(date).find((part) => part.type === "month").value;
  return (date) => days.formatToParts(date).map((part) => (part.type === "month"
    ? [...new Set(months.map((format) => monthIn(format, date)))].join("/") : part.value)).join("");
}

/** config: getOffered() → Promise of the days [{date, full, times: [{time, free}], label}] (the
 * checker's describe answer for this field; label, if given, is the day as the portal writes it,
 * "03.12.2026 Perşembe"), words (key → text; default the JSON in the group), lang. */
export function init(root, config) {
  const doc = root.ownerDocument;
  const fieldId = root.id.replace(/^group-/, "");
  const words = config.words ?? JSON.parse(root.querySelector('script[type="application/json"]').textContent);
  const say = sayer(words);
  const note = root.querySelector(".practice-days__simulated");
  const lang = config.lang ?? note?.lang ?? doc.documentElement.lang;
  const dir = note?.dir || "auto";
  const status = root.querySelector("[data-days-status]");
  const choices = root.querySelector("[data-days]");
  const dayName = dayInWords(root.dataset.dateLocales?.split(" ") ?? [lang]);
  let days = [];

  function inReaderLanguage(text) {
    const span = doc.createElement("span");
    span.lang = lang;
    span.dir = dir;
    // In the page first, so that its direction decides whether numbers need isolating.
    span.textContent = text;
    return span;
  }

  function radio({ id, name, value, disabled, text, field, portalText, unavailable }) {
    const option = doc.createElement("div");
    option.className = "practice-field__option";
    const input = doc.createElement("input");
    Object.assign(input, { type: "radio", id, name, value, disabled });
    if (field) input.dataset.field = fieldId;
    const label = doc.createElement("label");
    label.htmlFor = id;
    // The day as the portal writes it (Turkish), when the checker gives it, then its meaning.
    if (portalText) {
      const turkish = doc.createElement("bdi");
      Object.assign(turkish, { lang: "tr", dir: "ltr", className: "tr-term", textContent: portalText });
      label.append(turkish, " ");
    }
    const words = inReaderLanguage("");
    if (portalText) words.className = "practice-field__meaning";
    label.append(words);
    option.append(input, label);
    return { option, input, words, text, unavailable };
  }

  function group(legendText, className) {
    const set = doc.createElement("fieldset");
    set.className = className;
    const legend = doc.createElement("legend");
    legend.append(inReaderLanguage(legendText));
    set.append(legend);
    return set;
  }

  function place(parent, radios) {
    parent.append(...radios.map((made) => made.option));
    for (const made of radios) {
      showText(made.words, made.text);
      // Full or taken: said in the label itself, after the day or time in the reader's own
      // direction, so a screen reader says it with the dimmed choice.
      if (made.unavailable) {
        const mark = doc.createElement("strong");
        mark.className = "practice-days__unavailable";
        mark.textContent = made.unavailable;
        made.words.append(" ", mark);
      }
    }
  }

  function showTimes(day) {
    const times = choices.querySelector(".practice-days__times");
    const set = group(say("slot.choose_time"), "practice-days__times");
    const radios = day.times.map(({ time, free }, index) => radio({
      id: `f-${fieldId}-${day.date}-${index}`, name: fieldId, value: `${day.date}T${time}`, disabled: !free, field: true,
      text: time, unavailable: free ? "" : say("slot.taken"),
    }));
    times.replaceWith(set);
    place(set, radios);
  }

  function timesPrompt() {
    const set = group(say("slot.choose_time"), "practice-days__times");
    const prompt = doc.createElement("p");
    prompt.className = "practice-days__prompt";
    prompt.append(inReaderLanguage(say("controls.days.choose_day")));
    set.append(prompt);
    return set;
  }

  function showDays(offered) {
    days = offered;
    const set = group(say("slot.choose_day"), "practice-days__days");
    let focusable = false;
    const radios = offered.map((day) => {
      const name = dayName(dateOf(day.date));
      const made = radio({
        id: `f-${fieldId}-day-${day.date}`, name: `${fieldId}-day`, value: day.date, disabled: day.full,
        text: name, portalText: day.label, unavailable: day.full ? say("slot.full_day") : "",
      });
      // The error summary's link and the first Tab lead to the first day that can be chosen.
      if (!day.full && !focusable) {
        made.input.id = `f-${fieldId}`;
        made.option.querySelector("label").htmlFor = made.input.id;
        focusable = true;
      }
      made.input.addEventListener("change", () => showTimes(day));
      return made;
    });
    choices.replaceChildren(set, timesPrompt());
    place(set, radios);
    status.hidden = true;
  }

  function reset() {
    if (days.length) choices.querySelector(".practice-days__times").replaceWith(timesPrompt());
  }

  root.closest("form")?.addEventListener("reset", reset);

  const loaded = Promise.resolve()
    .then(() => config.getOffered())
    .then(showDays, () => showText(status, say("controls.days.failed")));

  return { loaded, reset };
}
