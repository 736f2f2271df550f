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

// Where Pagefind's text of a page turns from the page's own words to their folded spellings, which
// are there to rank the page, never to be shown (overrides/plugins/guide_site/finish/search_index.py,
// which also indexes each page's title folded, as "folded_title").
const FOLDED = "folded-spellings";
const EXCERPT_WORDS = 24;

let engine;
function pagefind() {
  engine ??= import(new URL("pagefind/pagefind.js", root)).then(async (module) => {
    // In the page itself: the index is small, and a worker would be one more download (43 kB).
    // The query is folded, so: no spelling on a page is nearer to it than another (no bonus for
    // matching its diacritics), and the title's boost goes to the title folded (as Pagefind's 5).
    const ranking = { diacriticSimilarity: 0, metaWeights: { title: 0, folded_title: 5 } };
    await module.options({ noWorker: true, ranking });
    await module.init();
    return module;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

// The folded query alone: every page is indexed folded too, so every spelling of the words finds
// the same pages, ranked the same.
async function find(query) {
  const module = await pagefind();
  const results = (await module.search(fold(query)))?.results ?? [];
  return { count: results.length, pages: await Promise.all(results.slice(0, SHOWN).map((result) => result.data())) };
}

function marked(words) {
  const mark = document.createElement("mark");
  mark.textContent = words;
  return mark;
}

// The page's own words as Pagefind read them, without the folded spellings after them.
function ownWords(page) {
  const words = page.content.split(/\s+/);
  const folded = page.anchors.find((anchor) => anchor.id === FOLDED);
  return folded ? words.slice(0, folded.location) : words;
}

// The words the query found: where Pagefind found them among the page's own words, and every
// word that starts like a folded query word (Pagefind found those among the folded spellings).
function hitsIn(words, page, terms) {
  const located = new Set(page.locations);
  return words.map((word, at) => {
    const folded = fold(word).replace(/^[^\p{L}\p{N}]+/u, "");
    return located.has(at) || (folded !== "" && terms.some((term) => folded.startsWith(term)));
  });
}

// Where the stretch of EXCERPT_WORDS words with the most found words starts; of several in a row,
// the middle one (as Pagefind picks its excerpt), so the found words have words around them.
function excerptStart(hits) {
  const starts = Math.max(1, hits.length - EXCERPT_WORDS + 1);
  const count = (start) => hits.slice(start, start + EXCERPT_WORDS).filter(Boolean).length;
  const counts = Array.from({ length: starts }, (_, start) => count(start));
  const most = Math.max(...counts);
  if (most === 0) return 0;
  const first = counts.indexOf(most);
  let last = first;
  while (counts[last + 1] === most) last++;
  return Math.floor((first + last) / 2);
}

// Built from the page's own words, not Pagefind's excerpt, which could show folded spellings.
function excerpt(page, terms) {
  const words = ownWords(page);
  const hits = hitsIn(words, page, terms);
  const start = excerptStart(hits);
  const paragraph = document.createElement("span");
  paragraph.className = "search-result__excerpt";
  words.slice(start, start + EXCERPT_WORDS).forEach((word, at) => {
    paragraph.append(at ? " " : "", hits[start + at] ? marked(word) : word);
  });
  return paragraph;
}

function item(page, terms) {
  const link = document.createElement("a");
  link.className = "md-search-result__link";
  link.href = page.url;
  const title = document.createElement("span");
  title.className = "search-result__title";
  title.textContent = page.meta.title;
  link.append(title, excerpt(page, terms));
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
