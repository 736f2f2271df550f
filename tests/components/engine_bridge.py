"""The engine's browser API (simulator.browser.handle) over stdin and stdout, one JSON line each way,
so that a component test can practise a form against the real engine in CPython, without Pyodide.

In: {"id": n, "request": {...}}; out: {"id": n, "answer": {...}}. One Session for the whole run,
as in the page's worker.
"""

import json
import sys

from simulator.browser import handle


def main() -> None:
    for line in sys.stdin:
        message = json.loads(line)
        print(json.dumps({"id": message["id"], "answer": json.loads(handle(json.dumps(message["request"])))}), flush=True)


if __name__ == "__main__":
    main()
