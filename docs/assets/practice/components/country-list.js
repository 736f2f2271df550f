// A long list to choose from (the ~250 countries of Uyruk, the 81 provinces), found by typing.
// The page arrives with a plain <select> (it works without JavaScript); this component puts a
// combobox in its place, the ARIA 1.2 pattern GOV.UK's accessible-autocomplete follows: focus
// stays in the text box, up and down move through the listbox, Enter chooses, Escape closes,
// and a polite status says how many entries match. The <select> stays, hidden, and holds the
// chosen value (the ISO code or the plate code), so the page reads answers as before.
// A name typed in Turkish, in the reader's language or in English finds its entry; what is
// typed is only compared, never written as HTML.

import { sayer, showText } from "../../text.js";

// Letters that Arabic and Persian keyboards write differently for the same name
// (ي/ی, ك/ک, ة/ه…), and invisible joiners: compared as one.
const ARABIC_SCRIPT_VARIANTS = new Map([
  ["\u064a", "\u06cc"], ["\u0649", "\u06cc"], ["\u0643", "\u06a9"], ["\u0629", "\u0647"],
  ["\u06d5", "\u0647"], ["\u0640", ""], ["\u200c", " "], ["\u200d", ""],
]);
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** ``text`` as it is compared: Turkish lower case with ı as i (İran, IRAN, iran), without
 * accents or Arabic vowel marks (إ, أ, آ as ا), Arabic-script variants as one, Western digits. */
export function foldForSearch(text) {
  const lower = String(text).toLocaleLowerCase("tr").replace(/ı/g, "i");
  const bare = lower.normalize("NFD").replace(/\p{M}/gu, "");
  const digits = bare.replace(ARABIC_INDIC_DIGIT, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
  return [...digits].map((letter) => ARABIC_SCRIPT_VARIANTS.get(letter) ?? letter).join("")
    .replace(/\s+/g, " ").trim();
}

// How an entry answers a query, lowest first: a name that starts with it, by the letters left to type
// (سور is Suriye's سوريا before Surinam's سورينام), then a name with a later word that starts with it.
function rank(names, query) {
  let best = Infinity;
  for (const name of names) {
    if (name.startsWith(query)) best = Math.min(best, name.length - query.length);
    else if (name.includes(` ${query}`) || name.includes(`(${query}`)) best = Math.min(best, 1000);
  }
  return best;
}

/** The entries matching ``query``: those whose name starts with it first, the closest to it first; then
 * those with a later word that starts with it; ties in list order. */
export function matching(entries, query) {
  const folded = foldForSearch(query);
  if (!folded) return entries.slice();
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry.names, folded) }))
    .filter((found) => found.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((found) => found.entry);
}

function entriesOf(select) {
  return [...select.options].filter((option) => option.value).map((option) => ({
    value: option.value,
    text: option.dataset.text || option.text,
    meaning: option.dataset.meaning || "",
    // data-also: other names searched, "|" between them (a country's English name; a province's
    // plate code and other spellings of its name in the reader's language).
    names: [option.dataset.text || option.text, option.dataset.meaning, ...(option.dataset.also ?? "").split("|")]
      .filter(Boolean).map(foldForSearch),
  }));
}

/** config: words (key → text; default the JSON beside the list), lang (of the meanings),
 * announceDelay (ms before the count is said, so a screen reader is not interrupted at each key). */
export function init(root, config = {}) {
  const doc = root.ownerDocument;
  const select = root.querySelector("select[data-field]");
  const label = root.querySelector("label");
  const instructions = root.querySelector(".practice-list__instructions");
  const words = config.words ?? JSON.parse(root.querySelector('script[type="application/json"]').textContent);
  const say = sayer(words);
  const lang = config.lang ?? instructions?.lang ?? doc.documentElement.lang;
  const announceDelay = config.announceDelay ?? 1000;
  const entries = entriesOf(select);
  const id = select.id;

  const input = doc.createElement("input");
  input.className = "md-input practice-list__input";
  input.type = "text";
  Object.assign(input, { id, autocomplete: "off", spellcheck: false });
  input.setAttribute("autocapitalize", "off");
  // A name may be typed in Persian or Arabic as well as in Latin letters.
  input.dir = "auto";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", `${id}-listbox`);
  input.setAttribute("aria-describedby", [select.getAttribute("aria-describedby"), instructions?.id].filter(Boolean).join(" "));
  const listbox = doc.createElement("ul");
  listbox.className = "practice-list__options";
  listbox.id = `${id}-listbox`;
  listbox.setAttribute("role", "listbox");
  if (label) {
    label.id ||= `${id}-label`;
    listbox.setAttribute("aria-labelledby", label.id);
  }
  listbox.hidden = true;
  const status = doc.createElement("div");
  status.className = "practice-visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-atomic", "true");

  // The <select> keeps the value and the field's data-field; the box takes its id (the label's
  // "for", the error summary's link) and its place.
  select.id = `${id}-select`;
  select.hidden = true;
  select.tabIndex = -1;
  select.setAttribute("aria-hidden", "true");
  // The entries open over what follows, so closing them never moves the page under a finger.
  const box = doc.createElement("div");
  box.className = "practice-list__box";
  box.append(input, listbox);
  select.after(box, status);
  if (instructions) instructions.hidden = false;
  root.classList.add("practice-list--enhanced");
  // Chosen in the plain <select> before the box came: the box shows it.
  input.value = entries.find((entry) => entry.value === select.value)?.text ?? "";

  let shown = [];
  let active = -1;
  let announcing;

  function optionElement(entry, index) {
    const item = doc.createElement("li");
    item.id = `${id}-option-${index}`;
    item.className = "practice-list__option";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    const name = doc.createElement("span");
    Object.assign(name, { lang: "tr", dir: "ltr", textContent: entry.text, className: "practice-list__text" });
    item.append(name);
    if (entry.meaning && foldForSearch(entry.meaning) !== foldForSearch(entry.text)) {
      const meaning = doc.createElement("span");
      Object.assign(meaning, { lang, className: "practice-list__meaning" });
      meaning.dir = "auto";
      item.append(" ", meaning);
      meaning.textContent = entry.meaning;
    }
    // Pressing keeps the focus in the box; the click then chooses.
    item.addEventListener("mousedown", (event) => event.preventDefault());
    item.addEventListener("click", () => choose(entry));
    return item;
  }

  function announce(message) {
    clearTimeout(announcing);
    const speak = () => showText(status, message);
    if (announceDelay > 0) announcing = setTimeout(speak, announceDelay);
    else speak();
  }

  function open(found) {
    shown = found;
    active = -1;
    listbox.replaceChildren(...found.map(optionElement));
    listbox.hidden = found.length === 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
    input.removeAttribute("aria-activedescendant");
    announce(found.length ? say("controls.list.results", { count: found.length }) : say("controls.list.none"));
  }

  function close() {
    clearTimeout(announcing);
    shown = [];
    active = -1;
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    const items = listbox.children;
    if (active >= 0) items[active]?.setAttribute("aria-selected", "false");
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    items[index].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[index].id);
    items[index].scrollIntoView?.({ block: "nearest" });
  }

  function setValue(value) {
    if (select.value === value) return;
    select.value = value;
    // Conditions on this field (a stage or a field shown for one country) follow the choice.
    select.dispatchEvent(new doc.defaultView.Event("change", { bubbles: true }));
  }

  function choose(entry) {
    input.value = entry.text;
    setValue(entry.value);
    close();
    showText(status, entry.text);
  }

  // The answer is always what the box says: a name typed whole is the entry it names (İran,
  // ایران, Iran), anything else is no answer, so a choice edited afterwards is not sent unseen.
  function named() {
    const typed = foldForSearch(input.value);
    return typed ? entries.find((entry) => entry.names.includes(typed)) : undefined;
  }

  function settle() {
    const exact = named();
    if (exact) input.value = exact.text;
    setValue(exact ? exact.value : "");
    close();
  }

  input.addEventListener("input", () => {
    setValue(named()?.value ?? "");
    if (!input.value.trim()) close();
    else open(matching(entries, input.value));
  });

  input.addEventListener("keydown", (event) => {
    const isOpen = !listbox.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen) {
        open(matching(entries, input.value));
        if (event.altKey) return;
      }
      if (!shown.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Up from the first entry goes back to the text box, as in GOV.UK's autocomplete.
      highlight(Math.max(-1, Math.min(shown.length - 1, active + step)));
    } else if (event.key === "Enter" && isOpen && active >= 0) {
      event.preventDefault(); // choosing an entry must not press the form's button
      choose(shown[active]);
    } else if (event.key === "Escape") {
      if (isOpen) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        setValue("");
      }
    }
  });

  input.addEventListener("blur", settle);
  // The form's reset (Start again, leaving the page) empties the box with the <select>.
  select.form?.addEventListener("reset", () => {
    close();
    showText(status, "");
  });

  return {
    input,
    /** Shows the entry of ``value`` (a code the page restores), as if it had been chosen. */
    show(value) {
      const entry = entries.find((candidate) => candidate.value === value);
      input.value = entry ? entry.text : "";
      select.value = entry ? value : "";
    },
  };
}
