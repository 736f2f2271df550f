"""Every sentence the simulator shows, by stable code, in the reader's language.

The English text is the gettext msgid; ``locales/<lang>/LC_MESSAGES/simulator.po``
holds each other language (compiled to ``.mo`` by ``make catalogues``). The
languages are the catalogues present: adding one is adding its ``.po`` file.
Each form's own words (meanings, hints, what to say when a field is empty) are
msgids in its spec, translated with :func:`translate`.
Wording follows the GOV.UK Design System: say what is wrong and how to fix it;
no "please", no "invalid". ``{field}`` is the field's noun in the reader's
language, so that two fields of one kind never give the same sentence.
"""

import gettext
from functools import cache
from pathlib import Path

from . import data_files, dates, normalize, rules

LOCALES_DIR = Path(__file__).parent / "locales"
DOMAIN = "simulator"
SOURCE_LANGUAGE = "en"  # the language of the msgids


def N_(text: str) -> str:
    """Marks text for extraction; translated later, when the language is known."""
    return text


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a singular/plural pair for extraction."""
    return singular, plural


ERRORS = {
    "field.too_long": N_("Your {field} must be {max} characters or fewer"),
    "script.arabic": N_("Write your {field} in Latin letters (A to Z): the portal does not accept Arabic letters. "
                        "To switch the keyboard to English or Türkçe: on Android, tap the globe key 🌐 or touch and hold "
                        "the space bar; on iPhone, tap the globe key 🌐"),
    "kimlik.not_digits": N_("Your {field} must contain only digits"),
    "kimlik.length": N_("Your {field} must be 11 digits (you typed {count})"),
    "kimlik.leading_zero": N_("Your {field} never starts with 0. Copy it again from your ID card or residence permit"),
    "kimlik.checksum": N_("This {field} does not exist: one digit is wrong or two are swapped. Copy it again from your ID card or residence permit"),
    "passport.characters": N_("Your {field} must contain only Latin letters and digits, as printed in your passport"),
    "passport.length": N_("Your {field} must be 5 to 12 letters and digits (you typed {count})"),
    "hes.characters": N_("HES code must contain only Latin letters and digits, like A1B2-3456-78"),
    "hes.length": N_("HES code must be 10 letters and numbers (you typed {count})"),
    "phone.not_digits": N_("Phone number must contain only digits, like 0532 123 45 67"),
    "phone.foreign": N_("Enter a Turkish mobile number starting with 05: the code is sent by SMS only to Turkish numbers"),
    "phone.landline": N_("Enter a mobile number starting with 05: a landline cannot receive the SMS code"),
    "phone.not_mobile": N_("Enter a mobile number starting with 05, like 0532 123 45 67"),
    "phone.length": N_("Turkish mobile numbers have 10 digits after the first 0, like 0532 123 45 67 (you typed {count})"),
    "card.not_digits": N_("Card number must contain only the digits printed on your card"),
    "card.length": N_("Card number must be 8 to 20 digits (you typed {count}). Copy it from the card"),
    "email.no_at": N_("Enter an email address with an @, like name@example.com"),
    "email.length": N_("Email address must be 254 characters or fewer"),
    "email.local_part": N_("The part before @ can contain only Latin letters, digits and . _ -"),
    "email.domain": N_("The part after @ must be a domain like gmail.com"),
    "date.format": N_("Enter your date of birth as day.month.year, like 05.03.1990"),
    "date.impossible": N_("Date of birth must be a real date: check the day and the month"),
    "date.future": N_("Date of birth must be in the past"),
    "date.too_old": N_("Date of birth must be less than {years} years ago: check the year"),
    "name.digits": N_("Write your {field} with letters only, no digits"),
    "name.letters": N_("Write your {field} in Turkish or English letters, as on your residence permit"),
    "name.no_letter": N_("Your {field} must contain at least one letter"),
    "name.length": N_("Your {field} must be {count} characters or fewer"),
    "choice.unknown": N_("Choose one of the options"),
    "province.unknown": N_("Choose a province from the list"),
    "country.unknown": N_("Choose a country from the list: type a few letters of its name in Turkish or in your language"),
    "slot.format": N_("Choose a day, then a time, from the ones offered"),
    "slot.not_offered": N_("This day or time is not offered. Choose a day, then a time, from the ones offered"),
    "slot.full": N_("This time is already taken. Choose another time or another day"),
    "picture.length": N_("The code in the picture has 8 letters and digits (you typed {count})"),
    "picture.wrong": N_("Type the letters and digits shown in the picture. If you cannot read them, choose “{new_picture}”"),
    "reference.format": N_("Your {field} has 13 digits, written like {example}. Copy it from the SMS"),
    "other_id.characters": N_("Your {field} must contain letters or digits, as printed on your ID card"),
}

WARNINGS = {
    "kimlik.foreigner_checksum": N_("Check this number: its last two digits do not follow the usual pattern. If it is exactly as on your residence permit, keep it"),
    "kimlik.expected_foreigner": N_("Foreign residents' numbers (YKN) start with 99, or 98 or 97 on temporary protection documents. Check that this is the number on your residence permit"),
    "kimlik.expected_citizen": N_("Numbers starting with 99, 98 or 97 belong to foreign residents. If you are not a Turkish citizen, choose Diğer"),
    "phone.unknown_operator": N_("Check this number: no Turkish mobile operator used numbers starting like this in 2021"),
    "email.provider_typo": N_("Check the part after @: it looks like a common address such as gmail.com with a letter wrong"),
    "reference.not_made": N_("This is not the {field} this practice made. On the real portal, type the number from your SMS"),
    "reference.none_made": N_("This practice has made no {field} yet, so it cannot check this one. On the real portal, type the number from your SMS"),
    "other_id.arabic": N_("Check your {field}: if your ID card also prints it in Latin letters and digits, type it that way"),
}

CONFIRMATION = {
    "code.sent": N_("We sent a 6-digit code to {phone}"),
    "code.required": N_("Enter the 6-digit code from the SMS"),
    "code.format": N_("The code is 6 digits, like 123456"),
    "code.expired": N_("The code has expired. Choose “{send_again}” to get a new one"),
    "code.locked": N_("The code was wrong {attempts} times, so it no longer works. Choose “{send_again}” to get a new code"),
    "code.accepted": N_("Code confirmed. Go on to the next step."),
    "code.accepted_end": N_("Code confirmed. You reached the end of this practice: nothing was sent."),
    "code.confirmed": N_("Code confirmed. You practised the whole form: nothing was sent and no card was linked. "
                         "Until 2 March 2022 the real portal linked the card to your HES code at this step; "
                         "it no longer asks for a HES code."),
}

# A date of birth refused (too old, or no such Gregorian day) that is a date of the reader's own calendar
# (simulator.calendars): what it looks like and the Gregorian date to type, by the readings found, the likelier
# first. {solar} and {lunar} are the Gregorian dates as the portal writes them; the lunar Hijri one is "about".
CALENDAR_WORDS = {
    "solar_hijri": N_("This looks like a Solar Hijri (Shamsi) date. The site uses the Gregorian calendar: "
                      "write {solar}"),
    "lunar_hijri": N_("This looks like a lunar Hijri date. The site uses the Gregorian calendar: write about {lunar} "
                      "(check the day: the calendar of your country can differ by a day or two)"),
    "solar_hijri lunar_hijri": N_("This looks like a Solar Hijri (Shamsi) or a lunar Hijri date. The site uses the "
                                  "Gregorian calendar: if it is Solar Hijri, write {solar}; if it is lunar Hijri, "
                                  "write about {lunar}"),
    "lunar_hijri solar_hijri": N_("This looks like a lunar Hijri or a Solar Hijri (Shamsi) date. The site uses the "
                                  "Gregorian calendar: if it is lunar Hijri, write about {lunar}; if it is Solar "
                                  "Hijri, write {solar}"),
}
# The calendar a reader of each language (or, for the others, of each kind of digits) more likely means.
LIKELIER_CALENDAR = {"fa": "solar_hijri", "ar": "lunar_hijri", "persian": "solar_hijri", "arabic": "lunar_hijri"}

# Words the page shows as they are (``{…}`` filled in by the page): the SMS step's button, the mark beside
# an optional field, and the words of stages, reviews, picture codes and days to choose.
PAGE_WORDS = {
    "button.send_again": N_("Send the code again"),
    "field.optional": N_("optional"),
    "picture.new": N_("New picture"),
    "picture.alt": N_("Practice picture code, one character at a time: {characters}"),
    "picture.real": N_("On the real portal the picture has no text alternative. If you cannot read it, "
                       "call 157 (the Foreigners Communication Centre, free, in many languages)"),
    "slot.simulated": N_("These days and times are simulated: the real system shows the ones that are really free"),
    "slot.choose_day": N_("Choose a day"),
    "slot.choose_time": N_("Choose a time"),
    "slot.full_day": N_("Full"),
    "slot.taken": N_("Taken"),
    "made.keep": N_("Write down your {name}: {value}. The real portal asks for it to continue later"),
    "made.practice": N_("Your practice {name} is {value}. It was made up for this practice and does not exist on the real portal"),
}

# A note beside an answer judged by a rule we are not sure of (see rules.toml); none for "confirmed".
CONFIDENCE_NOTES = {
    "several": N_("Several sources report this rule, but it could not be checked on the real portal"),
    "single": N_("Only one source reports this rule: the real portal may differ"),
    "inferred": N_("This rule is our best guess: the real portal may differ"),
    "unknown": N_("No source says what the real portal accepted here: the practice form is lenient"),
}

PLURALS = {
    "code.wrong": Np_(
        "The code is not the one the practice phone shows. You have {count} try left",
        "The code is not the one the practice phone shows. You have {count} tries left",
    ),
}

OWN = ERRORS | WARNINGS | CONFIRMATION | PAGE_WORDS


def all_messages() -> dict[str, str]:
    """Every message by code: this module's and the forgiven-input warnings of rules.toml."""
    return OWN | rules.forgiven_messages()


@cache
def languages() -> tuple[str, ...]:
    """English (the msgids) and every language with a compiled catalogue, in alphabetical order."""
    found = sorted(path.parent.parent.name for path in LOCALES_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def __getattr__(name: str) -> object:
    # LANGUAGES is worked out when first read, not when the module is imported.
    if name == "LANGUAGES":
        return languages()
    if name == "ALL":
        return all_messages()
    raise AttributeError(name)


def language(lang: object) -> str:
    """One of LANGUAGES for a tag like "ar", "ar-SY" or "TR"; English for anything else."""
    primary = str(lang).split("-")[0].split("_")[0].lower() if isinstance(lang, str) else ""
    return primary if primary in languages() else SOURCE_LANGUAGE


def read_catalogue(path: Path) -> gettext.GNUTranslations:
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)


def catalogue(lang: str) -> gettext.NullTranslations:
    # Read directly rather than by gettext.translation(), which keeps every catalogue for good.
    path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return data_files.read(path, read_catalogue) if path.is_file() else gettext.NullTranslations()


def translate(msgid: str, lang: str = "en") -> str:
    """Any msgid (a message, or a form's own words from its spec) in ``lang``."""
    return catalogue(language(lang)).gettext(msgid) if msgid else ""


def repeats(meaning: str, turkish_words: str) -> bool:
    """Whether ``meaning`` only says ``turkish_words`` again (in Turkish it often does), letter case aside,
    with Turkish's dotted and dotless i.

    >>> repeats("yeni bir başvuru yapmak istiyorum", "Yeni Bir Başvuru Yapmak İstiyorum"), repeats("ılık", "ILIK")
    (True, True)
    >>> repeats("Devam", "Devam Et")
    False
    """
    return normalize.turkish_lower(meaning).casefold() == normalize.turkish_lower(turkish_words).casefold()


def meaning_beside(msgid: str, turkish_words: str, lang: str) -> str:
    """What the portal's ``turkish_words`` mean in ``lang`` (``msgid`` translated), or nothing where that
    only says them again: "Ad", not "Ad (Ad)"."""
    meaning = translate(msgid, lang)
    return "" if repeats(meaning, turkish_words) else meaning


def text(code: str, lang: str = "en", **details: object) -> str:
    """The sentence for ``code`` in ``lang``, with ``details`` (and the page's button names) filled in.

    A refused date that has ``readings`` in other calendars says those instead (see :func:`calendar_text`).
    """
    if readings := details.get("readings"):
        return calendar_text(readings, str(details.get("digits", "")), lang)
    details.setdefault("send_again", translate(PAGE_WORDS["button.send_again"], lang))
    details.setdefault("new_picture", translate(PAGE_WORDS["picture.new"], lang))
    return translate(OWN[code] if code in OWN else rules.forgiven_messages()[code], lang).format(**details)


def calendar_text(readings: object, digits: str = "", lang: str = "en") -> str:
    """What a date of another calendar looks like, and the Gregorian date to type for each reading.

    ``readings`` are (calendar, YYYY-MM-DD) pairs; the likelier calendar comes first: by the language
    (Persian: Solar Hijri; Arabic: lunar Hijri), else by the digits typed, else Solar Hijri.

    >>> readings = (('solar_hijri', '1990-05-17'), ('lunar_hijri', '1949-12-19'))
    >>> calendar_text(readings, 'persian', 'en')
    'This looks like a Solar Hijri (Shamsi) or a lunar Hijri date. The site uses the Gregorian calendar: if it is Solar Hijri, write 17.05.1990; if it is lunar Hijri, write about 19.12.1949'
    >>> calendar_text(readings, 'persian', 'ar').index('19.12.1949') < calendar_text(readings, 'persian', 'ar').index('17.05.1990')
    True
    """
    found = {calendar: dates.format(iso) for calendar, iso in readings}
    likelier = LIKELIER_CALENDAR.get(lang) or LIKELIER_CALENDAR.get(digits, "solar_hijri")
    order = sorted(found, key=lambda calendar: calendar != likelier)
    return translate(CALENDAR_WORDS[" ".join(order)], lang).format(solar=found.get("solar_hijri", ""),
                                                                   lunar=found.get("lunar_hijri", ""))


def plural_text(code: str, count: int, lang: str = "en") -> str:
    """The sentence for ``code`` in the plural form that ``count`` takes in ``lang``."""
    singular, plural = PLURALS[code]
    return catalogue(language(lang)).ngettext(singular, plural, count).format(count=count)


def confidence_note(level: str, lang: str = "en") -> str:
    """What to say beside an answer judged by a rule of this confidence ("" when confirmed)."""
    return translate(CONFIDENCE_NOTES.get(level, ""), lang)
