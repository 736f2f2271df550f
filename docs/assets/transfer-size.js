// What a download costs the reader on this host: the build knows each file's raw size and its
// brotli and gzip sizes ({size, brotli, gzip}); whether this host compresses, the page itself
// tells, from how it arrived. The offline panel and the checker panel say these sizes, not the
// raw ones: 13.9 MB raw is 3.9 MB from a host that compresses.

// Below this share of its size, the page came compressed.
const COMPRESSED = 0.95;

// "br", "gzip" or "identity" (sent as it is): how this host sends its files.
export function hostEncoding({ performance = globalThis.performance, secure = globalThis.isSecureContext } = {}) {
  // Browsers offer brotli only to secure origins (HTTPS, and this machine's own address).
  const compressed = secure ? "br" : "gzip";
  const [page] = performance?.getEntriesByType?.("navigation") ?? [];
  // A page from the service worker's cache (or without timing) says nothing of the host: most
  // hosts compress (GitHub Pages, Netlify, Cloudflare do).
  if (!page || page.workerStart > 0 || !page.decodedBodySize || !page.encodedBodySize) return compressed;
  // Where the browser says it (Resource Timing's contentEncoding), it is the host's own word.
  if (page.contentEncoding) return page.contentEncoding === "gzip" || page.contentEncoding === "deflate" ? "gzip" : "br";
  return page.encodedBodySize >= page.decodedBodySize * COMPRESSED ? "identity" : compressed;
}

// The bytes the reader will download for a file (or a group of files, their facts summed).
export function transferSize(facts, encoding = hostEncoding()) {
  if (encoding === "identity") return facts.size;
  if (encoding === "gzip") return facts.gzip ?? facts.size;
  return facts.brotli ?? facts.size;
}


// The facts of several files together, for one figure of them all.
export function summed(files) {
  const total = (key) => files.reduce((sum, file) => sum + (file[key] ?? file.size), 0);
  return { size: total("size"), brotli: total("brotli"), gzip: total("gzip") };
}

// A size in MB, one decimal, as the page's language writes it ("3,9" in Turkish), in Latin digits like every
// figure of the site (guide_site/site_text.py's megabytes says the same).
export function megabytes(bytes, lang = globalThis.document?.documentElement.lang || "en") {
  const decimal = new Intl.NumberFormat(`${lang}-u-nu-latn`).formatToParts(1.5).find((part) => part.type === "decimal");
  return (bytes / 1e6).toFixed(1).replace(".", decimal.value);
}
