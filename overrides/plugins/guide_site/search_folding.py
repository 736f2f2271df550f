"""How search compares words: the page's search script (its folding table) and the index the build
makes (each page's folded words) both use these, so that a query finds the spellings readers type.

Pagefind itself ignores case and diacritics (harakat, hamza on alef, ş/ç/ğ/ö/ü, İ). Letters that
readers type interchangeably but Unicode keeps apart (ى/ي/ی, ة/ه, ک/ك, Turkish ı/i, Arabic-Indic
digits…) are folded by FOLDS; assets/search/search.js folds a query with the same table.
"""

import unicodedata
from functools import cache

# Letters readers type for one another that Pagefind does not treat as the same (it already drops
# diacritics and case). Any language in Arabic script shares these; Persian needs nothing more.
FOLDS = {
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",  # alef maksura, Persian and Pashto yeh
    "ک": "ك", "ڪ": "ك",  # Persian keheh, swash kaf
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",  # teh marbuta, heh with yeh, ae, heh doachashmee
    "ـ": "", "\u200c": "", "\u200d": "",  # tatweel, zero-width (non-)joiner inside Persian words
    "ı": "i",  # Turkish dotless i (İ is I with a dot mark, which Pagefind drops)
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian digits
}


@cache  # a word is folded each time a page says it: the same few thousand words, over and over
def plain(text: str) -> str:
    """What Pagefind makes of a word by itself: lower case, without combining marks."""
    return "".join(char for char in unicodedata.normalize("NFD", text.lower()) if not unicodedata.category(char).startswith("M"))


@cache
def fold(text: str) -> str:
    """The spelling search compares; assets/search/search.js folds a query the same way."""
    return "".join(FOLDS.get(char, char) for char in plain(text))
