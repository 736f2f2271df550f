"""How people type, turned into what the portal expects.

Phones with an Arabic keyboard send Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) or Persian
ones (۰۱۲۳۴۵۶۷۸۹); copied numbers carry spaces, hyphens, dots and invisible
direction marks; Turkish has two letters i (i/İ and ı/I) that Python's own
``upper()``/``lower()`` case the English way.

>>> ascii_digits('٠٥٣٢ ۱۲۳')
'0532 123'
>>> without_separators('0532-123 45.67')
'05321234567'
>>> clean('\u200f٩٩١٢\u00a0')
'9912'
>>> turkish_upper('istanbul ılık')
'İSTANBUL ILIK'
>>> turkish_lower('İSTANBUL IŞIK')
'istanbul ışık'
"""

import unicodedata

SEPARATORS = frozenset(" -‐‑‒–—―−_.,/()[]")


def ascii_digits(text: str) -> str:
    """Any decimal digit of any script (Arabic-Indic, Persian, …) as 0–9."""
    return "".join(
        str(unicodedata.digit(char)) if unicodedata.category(char) == "Nd" else char for char in text
    )


def clean(text: str) -> str:
    """Compatibility-normalised text with ASCII digits, without invisible marks, trimmed.

    Invisible marks are the format characters (category Cf) such as the
    right-to-left mark an Arabic keyboard adds, and control characters.
    """
    text = unicodedata.normalize("NFKC", text)
    text = "".join(char for char in text if unicodedata.category(char) not in ("Cf", "Cc", "Cs"))
    return ascii_digits(text.replace("\u00a0", " ")).strip()


def without_separators(text: str) -> str:
    """The text without spaces and the punctuation people put between digit groups.

    Normalised again, because an accent typed on its own ("U ̄") joins the letter
    before it once the space between them is gone.
    """
    kept = "".join(char for char in text if char not in SEPARATORS and not char.isspace())
    return unicodedata.normalize("NFKC", kept)


def without_spaces(text: str) -> str:
    """The text without any kind of space (normalised again, as ``without_separators``)."""
    return unicodedata.normalize("NFKC", "".join(text.split()))


def turkish_upper(text: str) -> str:
    """Upper case by Turkish rules: i → İ, ı → I."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def turkish_lower(text: str) -> str:
    """Lower case by Turkish rules: İ → i, I → ı."""
    return text.replace("İ", "i").replace("I", "ı").lower()
