// The checker's download progress, counted in the unit the page promises the reader: the bytes that
// cross the network (assets/transfer-size.js), not the decompressed bytes a fetch body gives.

// What a file costs on the wire, as its response tells it: an encoded body's Content-Length, or a
// plain body's when it is the file's whole size; else the page's figure for this host (transfer).
export function wireSize(headers, file) {
  const length = Number(headers.get("Content-Length")) || 0;
  const encoding = headers.get("Content-Encoding");
  if (length && encoding && encoding !== "identity") return length;
  if (length && !encoding && length === file.size) return length;
  return file.transfer ?? file.size;
}

// The download's progress in the unit the page promised, the bytes that cross the network. A body is
// read decompressed, so the share of a file read (bytes read of its size) counts as that share of
// its bytes on the wire; a module counts whole once imported. The total is the page's figure until a
// response says otherwise.
export function downloadProgress(files, report) {
  const wire = new Map(files.map((file) => [file.url, file.transfer ?? file.size]));
  const read = new Map(files.map((file) => [file.url, 0]));
  const tell = () => {
    let done = 0;
    let total = 0;
    for (const file of files) {
      total += wire.get(file.url);
      done += Math.min(1, read.get(file.url) / file.size) * wire.get(file.url);
    }
    report(Math.round(done), Math.round(total));
  };
  return {
    answered(file, headers) {
      wire.set(file.url, wireSize(headers, file));
    },
    read(file, bytes) {
      read.set(file.url, read.get(file.url) + bytes);
      tell();
    },
    whole(file) {
      read.set(file.url, file.size);
      tell();
    },
  };
}
