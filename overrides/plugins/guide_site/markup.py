"""The few HTML pieces the plugins share: a Turkish term, a left-to-right run, a JSON data element,
the pass that isolates every left-to-right run inside right-to-left text and keeps a date or a
listed proper name on one line.

Inside Arabic or Persian text, a phone number "0532 123 45 67" is shown with its groups
reversed, and a code "A1B2-3456-78" can break at a hyphen, unless the run is isolated as
left-to-right and kept on one line. ``isolate_runs`` does that to the text of a built page:
every run of Latin letters and digits whose surroundings are right-to-left becomes
``<bdi dir="ltr" class="ltr">…</bdi>``. assets/ltr-runs.js does the same for texts a page
script shows; both use the pattern in ``RUN_PATTERN`` (a test checks they agree).
"""

import json
import re
from html import escape
from html.parser import HTMLParser

# A letter of a left-to-right script or a digit (European, Arabic-Indic or Persian: a phone
# number typed with Arabic digits reads left to right too).
RUN_CHARACTER = "A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9"
# What may join two parts of one run: "0532 *** ** 67", "A1B2-3456-78", "gmail.com", "2020–2022";
# a full stop or comma only inside a run ("05.03.1990"), not before a space (the end of a sentence).
RUN_JOINER = "[ \u00a0\u202f*\\-/:@+#_\u2013'\u2019]|[.,](?![ \u00a0\u202f])"
RUN_PATTERN = f"[{RUN_CHARACTER}](?:(?:{RUN_JOINER})*[{RUN_CHARACTER}])*"
RUN = re.compile(RUN_PATTERN)
SPACE, DIGIT = re.compile(r"\s"), re.compile(r"\d")


# Words as long as this stay on one line too: a short term ("Başvuru Durumunuz", "Image verification
# fails.") is read as one name, and a phone's line holds about 40 letters; longer ones wrap.
SHORT_WORDS = 28


def run_class(run: str) -> str:
    """Words (a run with spaces and no digit, longer than SHORT_WORDS) may wrap between them; a number,
    code or short term never wraps."""
    return "ltr ltr--words" if SPACE.search(run) and not DIGIT.search(run) and len(run) > SHORT_WORDS else "ltr"


def turkish(text: str) -> str:
    """A Turkish term of the portal, isolated left to right inside text of any direction."""
    return f'<bdi lang="tr" dir="ltr" class="tr-term {run_class(text)}">{escape(text)}</bdi>'


def ltr(text: str) -> str:
    """A number, code or address that reads left to right and stays on one line, even inside Arabic."""
    return f'<bdi dir="ltr" class="{run_class(text)}">{escape(text)}</bdi>'


# A link of Material's language switcher: (href, hreflang).
SWITCHER_LINK = re.compile(r'<a href="([^"]*)" hreflang="([\w-]+)" class="md-select__link">')


def switcher_link(href: str, hreflang: str) -> str:
    return f'<a href="{href}" hreflang="{hreflang}" class="md-select__link">'


def json_script(element_id: str, data: object) -> str:
    """Data for a page script, in a non-executed <script>; "</" is escaped so it cannot close the element."""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="{element_id}">{payload}</script>'


def isolate_text(text: str) -> str:
    """Escaped HTML ``text`` with each left-to-right run isolated (``text`` is already HTML-escaped)."""
    return RUN.sub(lambda match: ltr_escaped(match.group(0)), text)


def ltr_escaped(html_text: str) -> str:
    return f'<bdi dir="ltr" class="{run_class(html_text)}">{html_text}</bdi>'


# Elements whose text must stay as it is (no elements allowed inside, or not text for reading).
KEEP_AS_IS = {"script", "style", "textarea", "option", "select", "svg", "math", "title", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _RunIsolator(HTMLParser):
    """Copies HTML as it is, wrapping the left-to-right runs of text whose direction is right to left
    (and, if ``units``, keeping the dates and proper names of any text on one line)."""

    def __init__(self, direction: str, units: bool):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, str, bool]] = [("", direction, False)]  # (tag, direction, kept as is)
        self.units = units

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID:
            return
        _, direction, kept = self.stack[-1]
        attributes = dict(attrs)
        if attributes.get("dir") in ("ltr", "rtl"):
            direction = attributes["dir"]
        elif attributes.get("dir") == "auto" or tag == "bdi":
            direction = "auto"  # the browser decides from the text: leave it alone
        self.stack.append((tag, direction, kept or tag in KEEP_AS_IS))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        _, direction, kept = self.stack[-1]
        if not kept:
            data = keep_unit(data) if self.units else data
            data = isolate_text(data) if direction == "rtl" else data
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def isolate_runs(html: str, direction: str, units: bool = False) -> str:
    """``html`` with every left-to-right run of its right-to-left text isolated and kept on one line;
    with ``units``, every date in words and listed proper name of its text too (``keep_unit``), in
    the same pass.

    ``direction`` is that of the element holding ``html``; ``dir`` attributes inside change it,
    and text already in a ``bdi`` or a ``dir="ltr"`` element is left as it is; nothing changes
    inside ``KEEP_AS_IS`` elements, nor in attributes. Running it twice changes nothing more.
    """
    isolator = _RunIsolator(direction, units)
    isolator.feed(html)
    isolator.close()
    return "".join(isolator.out) + isolator.rawdata


# A date in words or a proper name is one unit: "2 آذار/مارس 2022" or "Hayat Eve Sığar" split over two
# lines reads as two things. ``keep_unit`` joins its parts with no-break spaces (and a word joiner
# after the "/" of two month names), as site_text.UNBROKEN does for the dates the build writes, so
# that it holds whatever the element's white-space and wherever the page's Markdown wrote it.
# The names: apps, systems, cards and offices the pages name in Turkish (not the forms' labels, which
# stay as the portal writes them).
PROPER_NAMES = ("Hayat Eve Sığar", "Göç Randevu Sistemi", "Göç İdaresi", "Gazi Ulaş", "Gaziantep Kart")
# The month names of every language the pages are written in, as Babel (CLDR) writes them, the
# Persian ones with or without the ezafe (ژانویهٔ).
UNIT_LOCALES = ("en", "tr", "ar", "ar_SY", "fa")
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"


def _month_names() -> list[str]:
    from babel.dates import get_month_names

    names = {name for locale in UNIT_LOCALES for context in ("format", "stand-alone")
             for name in get_month_names("wide", context, locale).values()}
    return sorted(names, key=len, reverse=True)


def _unit_pattern() -> re.Pattern:
    space = "[ \u00a0]"
    month = "(?:" + "|".join(re.escape(name).replace("\\ ", space) for name in _month_names()) + ")\u0654?"
    months = f"{month}(?:/\u2060?{month})?"
    day, year = f"(?<![{DIGITS}])[{DIGITS}]{{1,2}}", f"[{DIGITS}]{{4}}(?![{DIGITS}])"
    date = f"{day}{space}{months}(?:{space}{year})?|{months}{space}{year}"
    names = "|".join(re.escape(name).replace("\\ ", space) for name in PROPER_NAMES)
    return re.compile(f"{date}|(?<!\\w)(?:{names})(?!\\w)")


UNIT = _unit_pattern()
UNBREAKABLE = str.maketrans({" ": "\u00a0", "/": "/\u2060"})


def keep_unit(text: str) -> str:
    """``text`` (HTML text, no tags) with each date and listed proper name in it kept on one line."""
    return UNIT.sub(lambda match: match.group(0).replace("/\u2060", "/").translate(UNBREAKABLE), text)
