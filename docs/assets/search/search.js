// The site search. The header's small script imports this module when the reader opens search;
// only then do Pagefind and the index of the page's language (its <html lang>) load, in
// fragments. Every change of the box searches — typing, pasting, dictation, a phone keyboard's
// suggestion, an IME's composition — because it listens to "input", not to key presses.
// Results are built as elements and text; nothing from the box is ever inserted as HTML.

import { sayer } from "../text.js";

const root = globalThis.__md_scope || new URL("../../", import.meta.url);
const config = JSON.parse(document.getElementById("search-config").textContent);
const text = config.text;
const say = sayer(text);
const toggle = document.getElementById("__search");
const dialog = document.querySelector("[data-site-search]");
const form = dialog.querySelector("[data-search-form]");
const input = dialog.querySelector("[data-search-query]");
const status = dialog.querySelector("[data-search-status]");
const list = dialog.querySelector("[data-search-results]");
const SHOWN = 10;
const PAUSE_MS = 120;

// Like Pagefind: lower case, without combining marks (harakat, hamza on alef, ş, ğ, the dot of İ)…
function plain(words) {
  return words.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

// …then the letters readers type for one another (ى/ي, ة/ه, ک/ك, ı/i, ٣/3): the table is
// overrides/plugins/guide_site/search_folding.py's FOLDS, which folded every page's words the same way.
function fold(words) {
  return Array.from(plain(words), (letter) => config.folds[letter] ?? letter).join("");
}

let engine;
function pagefind() {
  engine ??= import(new URL("pagefind/pagefind.js", root)).then(async (module) => {
    // In the page itself: the index is small, and a worker would be one more download (43 kB).
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

// How many pages have the words as written or as folded, and the best of them.
async function find(query) {
  const module = await pagefind();
  const spellings = [...new Set([query, fold(query)])];
  const searches = await Promise.all(spellings.map((spelling) => module.search(spelling)));
  const best = new Map();
  for (const result of searches.flatMap((search) => search?.results ?? [])) {
    if (!best.has(result.id) || best.get(result.id).score < result.score) best.set(result.id, result);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  return { count: ranked.length, pages: await Promise.all(ranked.slice(0, SHOWN).map((result) => result.data())) };
}

function marked(words) {
  const mark = document.createElement("mark");
  mark.textContent = words;
  return mark;
}

// Pagefind's excerpt with its marks, plus a mark on every word that starts like a folded query word.
function excerpt(html, terms) {
  const paragraph = document.createElement("span");
  paragraph.className = "search-result__excerpt";
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") {
      paragraph.append(marked(node.textContent));
      continue;
    }
    for (const part of node.textContent.split(/(\s+)/)) {
      const word = fold(part).replace(/^[^\p{L}\p{N}]+/u, "");
      paragraph.append(word && terms.some((term) => word.startsWith(term)) ? marked(part) : part);
    }
  }
  return paragraph;
}

function item(page, terms) {
  const link = document.createElement("a");
  link.className = "md-search-result__link";
  link.href = page.url;
  const title = document.createElement("span");
  title.className = "search-result__title";
  title.textContent = page.meta.title;
  link.append(title, excerpt(page.excerpt, terms));
  link.addEventListener("click", () => (toggle.checked = false));
  const entry = document.createElement("li");
  entry.className = "md-search-result__item";
  entry.append(link);
  return entry;
}

function show(pages, message, terms = []) {
  list.replaceChildren(...pages.map((page) => item(page, terms)));
  status.textContent = message;
}

let latest = 0;
async function search() {
  const query = input.value.trim();
  const turn = ++latest;
  if (!query) return show([], text["search.prompt"]);
  if (!list.children.length) status.textContent = text["search.loading"];
  let found;
  try {
    found = await find(query);
  } catch {
    if (turn === latest) show([], text["search.failed"]);
    return;
  }
  if (turn !== latest) return; // the box changed while this search ran
  const terms = fold(query).split(/\s+/).filter(Boolean);
  show(found.pages, found.count ? say("search.count", { count: found.count }) : text["search.none"], terms);
}

let timer;
function searchSoon() {
  clearTimeout(timer);
  timer = setTimeout(search, PAUSE_MS);
}

function close() {
  toggle.checked = false;
  input.blur();
}

// Up and down move between the box and the results; Escape closes; Enter opens the first result.
function onKey(event) {
  const stops = [input, ...list.querySelectorAll("a")];
  const at = stops.indexOf(document.activeElement);
  if (event.key === "Escape") {
    event.preventDefault();
    close();
  } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && at >= 0 && stops.length > 1) {
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    stops[(at + step + stops.length) % stops.length].focus();
  }
}

let started = false;
export function start() {
  if (started) return;
  started = true;
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("assets/search/search.css", root).href;
  document.head.append(style);
  input.addEventListener("input", searchSoon);
  input.addEventListener("compositionend", searchSoon);
  form.addEventListener("reset", () => setTimeout(() => (search(), input.focus())));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector("a")?.click();
  });
  dialog.addEventListener("keydown", onKey);
  pagefind().catch(() => {});
  // Text that arrived before this module did (typed, pasted or restored by the browser).
  if (input.value.trim()) search();
}
