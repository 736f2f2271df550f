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
>>> code_upper('a1b2-ı0İ')
'A1B2-I0I'
>>> turkish_lower('İSTANBUL IŞIK')
'istanbul ışık'
>>> has_arabic_script('Ahmad محمد'), has_arabic_script('Ahmad')
(True, False)
>>> has_other_digits('٠٥٣٢'), has_other_digits('0532')
(True, False)
"""

import re
import unicodedata

SEPARATORS = " -‐‑‒–—―−_.,/()[]"
WITHOUT_SEPARATORS = str.maketrans("", "", SEPARATORS)
INVISIBLE = frozenset(("Cf", "Cc", "Cs"))
# Scanning is done by the regular-expression engine, not letter by letter in Python: NFKC can make
# a capped answer 18 times longer, and the checker must stay fast on any input.
OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # \d is any Unicode decimal digit (category Nd)
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
                           "\U00010ec0-\U00010eff\U0001ee00-\U0001eeff]")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def ascii_digits(text: str) -> str:
    """Any decimal digit of any script (Arabic-Indic, Persian, …) as 0–9."""
    return OTHER_DIGIT.sub(lambda digit: str(unicodedata.digit(digit.group())), text)


def clean(text: str) -> str:
    """Compatibility-normalised text with ASCII digits, without invisible marks, trimmed.

    Invisible marks are the format characters (category Cf) such as the
    right-to-left mark an Arabic keyboard adds, and control characters. They go
    before normalising, so that a letter and an accent they separated join up.
    """
    if not text.isprintable():
        text = "".join(char for char in text if unicodedata.category(char) not in INVISIBLE)
    return ascii_digits(nfkc(text)).strip()


def without_separators(text: str) -> str:
    """The text without spaces and the punctuation people put between digit groups.

    Normalised again, because an accent typed on its own ("U ̄") joins the letter
    before it once the space between them is gone.
    """
    return nfkc("".join(text.split()).translate(WITHOUT_SEPARATORS))


def without_spaces(text: str) -> str:
    """The text without any kind of space (normalised again, as ``without_separators``)."""
    return nfkc("".join(text.split()))


def code_upper(text: str) -> str:
    """Upper case for codes (HES, passport): a Turkish keyboard's İ and ı are the code's I.

    On a Turkish keyboard the i key types İ once a field capitalises, and the
    portal's codes only hold the Latin I. Folding İ can leave I beside a second
    combining dot, which composes into İ again: fold until none is left.
    """
    text = nfkc(text.upper())
    while "İ" in text:
        text = nfkc(text.replace("İ", "I"))
    return text


def turkish_lower(text: str) -> str:
    """Lower case by Turkish rules: İ → i, I → ı."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def has_arabic_script(text: str) -> bool:
    """Whether any character is Arabic script (Arabic, Persian, Urdu…): typed on the wrong keyboard."""
    return ARABIC_SCRIPT.search(text) is not None


def has_other_digits(text: str) -> bool:
    """Whether any digit is not 0–9 (Arabic-Indic, Persian…), before ``clean`` turns it into one."""
    return OTHER_DIGIT.search(text) is not None
