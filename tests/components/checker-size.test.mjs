// The checker's size is one figure: the button, the download's progress from its first line to its
// last, counted as the worker counts it (download-progress.js: bytes on the wire, not the
// decompressed bytes a fetch body gives), in a left-to-right and a right-to-left language.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { downloadProgress } from "../../docs/assets/practice/download-progress.js";
import { close, practicePage } from "./practice-fixture.mjs";

let page;
afterEach(() => close(page));

// Every "1.2" of a text, in order (the figures are Latin digits in every language).
const figures = (text) => [...text.matchAll(/\d+\.\d/g)].map((match) => match[0]);
const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

// A host that sends each file as the page expected it to: encoded, Content-Length its bytes on the wire.
const sentAsExpected = (file) => new Headers({ "Content-Encoding": "br", "Content-Length": String(file.transfer) });

for (const lang of ["en", "ar"]) {
  test(`${lang}: the button and every line of the download's progress say the same size, never 0.0 of 0.0`, async () => {
    page = await practicePage("flow", lang, { holdReady: true });
    const { document } = page;
    const [size] = figures(document.querySelector("[data-prepare]").textContent);
    assert.ok(Number(size) > 0, `the button says a size: ${document.querySelector("[data-prepare]").textContent}`);
    assert.match(document.querySelector("[data-status]").textContent, new RegExp(size.replace(".", "\\.")));

    document.querySelector("#f-phone").click();
    const status = () => document.querySelector("[data-status]").textContent;
    assert.deepEqual(figures(status()), ["0.0", size], `the first line of the download: ${status()}`);

    // The worker's count, fed as the real worker feeds it: headers first, then decompressed chunks.
    const { files, modules } = page.checker.config;
    const lines = [];
    const progress = downloadProgress([...files, ...modules], (done, total) => {
      page.checker.on.progress(done, total);
      lines.push(figures(status()));
    });
    for (const file of files) progress.answered(file, sentAsExpected(file));
    for (const file of files) {
      for (let read = 0; read < file.size; read += 65_536) progress.read(file, Math.min(65_536, file.size - read));
    }
    for (const module of modules) progress.whole(module);

    assert.ok(lines.length > 10);
    assert.ok(lines.every(([, total]) => total === size), `every total is the button's ${size}: ${lines.map(String)}`);
    const done = lines.map(([figure]) => Number(figure));
    assert.ok(done.every((figure, index) => index === 0 || figure >= done[index - 1]), "the done figure never goes back");
    assert.deepEqual(lines.at(-1), [size, size]);
  });
}

test("the download counts the bytes on the wire: a compressed body counts its Content-Length, not its size", () => {
  const files = [
    { url: "a.wasm", size: 9_000_000, brotli: 2_500_000, transfer: 2_500_000 },
    { url: "b.zip", size: 3_000_000, brotli: 900_000, transfer: 900_000 },
  ];
  const reports = [];
  const progress = downloadProgress(files, (done, total) => reports.push({ done, total }));
  // The host compressed a.wasm a little better than the build did; b.zip came plain, whole.
  progress.answered(files[0], new Headers({ "Content-Encoding": "br", "Content-Length": "2400000" }));
  progress.answered(files[1], new Headers({ "Content-Length": "3000000" }));
  progress.read(files[0], 4_500_000);
  assert.deepEqual(reports.at(-1), { done: 1_200_000, total: 5_400_000 });
  progress.read(files[0], 4_500_000);
  progress.read(files[1], 3_000_000);
  assert.deepEqual(reports.at(-1), { done: 5_400_000, total: 5_400_000 });
  // Without a length to go by (a host compressing as it sends), the page's own figure for the file.
  const guessed = [];
  downloadProgress(files, (done, total) => guessed.push(total)).read(files[1], 10);
  assert.equal(megabytes(guessed[0]), "3.4");
});
