"""Every sentence the simulator shows, by stable code, in the reader's language.

The English text is the gettext msgid; ``locales/<lang>/LC_MESSAGES/simulator.po``
holds the Arabic and Turkish (compiled to ``.mo`` by ``make catalogues``).
Wording follows the GOV.UK Design System: say what is wrong and how to fix it;
no "please", no "invalid".
"""

import gettext
from functools import cache
from pathlib import Path

LOCALES_DIR = Path(__file__).parent / "locales"
LANGUAGES = ("en", "ar", "tr")
DOMAIN = "simulator"


def N_(text: str) -> str:
    """Marks text for extraction; translated later, when the language is known."""
    return text


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a singular/plural pair for extraction."""
    return singular, plural


# What each Turkish word on the forms means; keys are field ids, option values and buttons.
MEANINGS = {
    "use_passport": N_("I want to use my foreign passport number"),
    "passport_number": N_("Passport number"),
    "first_name": N_("First name"),
    "last_name": N_("Surname"),
    "id_number": N_("Turkish ID number (TC Kimlik No) or foreigner ID number (YKN)"),
    "birth_date": N_("Date of birth"),
    "email": N_("Email address"),
    "card_number": N_("Transport card number"),
    "phone": N_("Mobile phone number"),
    "hes_code": N_("HES code (the personal code of the Hayat Eve Sığar app)"),
    "citizenship": N_("Type of identity"),
    "province": N_("Province"),
    "consent_1": N_("I have read the notice on how my personal data is used"),
    "consent_2": N_("I agree that my personal data is used to link my HES code"),
    "tc": N_("Turkish citizen"),
    "other": N_("Other: every foreign resident"),
    "Kaydet": N_("Save"),
    "Tanımla": N_("Register (link)"),
    "NEXT": N_("Next"),
}

# How to fill each field, shown under its label.
HINTS = {
    "use_passport": N_("Tick this only if you have no residence permit yet"),
    "passport_number": N_("Exactly as printed in your passport"),
    "first_name": N_("In Latin letters, exactly as on your residence permit"),
    "last_name": N_("In Latin letters, exactly as on your residence permit"),
    "id_number": N_("11 digits; a residence permit number starts with 99"),
    "birth_date": N_("Day.month.year, like 05.03.1990"),
    "email": N_("Like name@example.com"),
    "card_number": N_("The digits printed on your transport card"),
    "phone": N_("A Turkish mobile number that receives SMS, like 0532 123 45 67"),
    "hes_code": N_("10 letters and numbers, like A1B2-3456-78"),
    "citizenship": N_("Foreign residents choose Diğer"),
    "province": N_("The province where you use the transport card"),
    "consent_1": N_("The portal does not save the form unless this is ticked"),
    "consent_2": N_("The portal does not save the form unless this is ticked"),
}

REQUIRED = {
    "first_name": N_("Enter your first name"),
    "last_name": N_("Enter your surname"),
    "id_number": N_("Enter your TC Kimlik No or YKN"),
    "passport_number": N_("Enter your passport number"),
    "birth_date": N_("Enter your date of birth"),
    "email": N_("Enter your email address"),
    "card_number": N_("Enter your transport card number"),
    "phone": N_("Enter your mobile phone number"),
    "hes_code": N_("Enter your HES code"),
    "citizenship": N_("Choose TC Vatandaşı if you are a Turkish citizen, or Diğer if you are not"),
    "province": N_("Choose the province of your transport card"),
    "consent_1": N_("Tick this box: the portal does not save the form without it"),
    "consent_2": N_("Tick this box: the portal does not save the form without it"),
}

ERRORS = {
    "kimlik.not_digits": N_("TC Kimlik No or YKN must contain only digits"),
    "kimlik.length": N_("TC Kimlik No or YKN must be 11 digits (you typed {count})"),
    "kimlik.leading_zero": N_("TC Kimlik No or YKN never starts with 0. Copy it again from your ID card or residence permit"),
    "kimlik.checksum": N_("This TC Kimlik No does not exist: one digit is wrong or two are swapped. Copy it again from your ID card"),
    "passport.characters": N_("Passport number must contain only Latin letters and digits, as printed in your passport"),
    "passport.length": N_("Passport number must be 5 to 12 letters and digits (you typed {count})"),
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
    "name.arabic_script": N_("Write your name in Latin letters, as on your residence permit or passport: the portal does not accept Arabic letters"),
    "name.digits": N_("Name must contain only letters"),
    "name.letters": N_("Write your name in Turkish or English letters, as on your residence permit"),
    "name.length": N_("Name must be {count} characters or fewer"),
    "choice.unknown": N_("Choose one of the options"),
    "province.unknown": N_("Choose a province from the list"),
    "form.unknown_kind": N_("This practice form cannot check this field yet"),
}

WARNINGS = {
    "kimlik.foreigner_checksum": N_("Check this number: its last two digits do not follow the usual pattern. If it is exactly as on your residence permit, keep it"),
    "kimlik.expected_foreigner": N_("Foreign residents' numbers (YKN) start with 99, or 98 or 97 on temporary protection documents. Check that this is the number on your residence permit"),
    "kimlik.expected_citizen": N_("Numbers starting with 99, 98 or 97 belong to foreign residents. If you are not a Turkish citizen, choose Diğer"),
    "phone.unknown_operator": N_("Check this number: no Turkish mobile operator used numbers starting like this in 2021"),
    "email.provider_typo": N_("Check the part after @: it looks like a common address such as gmail.com with a letter wrong"),
}

CONFIRMATION = {
    "code.sent": N_("We sent a 6-digit code to {phone}"),
    "code.required": N_("Enter the 6-digit code from the SMS"),
    "code.format": N_("The code is 6 digits, like 123456"),
    "code.expired": N_("The code has expired. Choose “Send the code again” to get a new one"),
    "code.locked": N_("The code was wrong 3 times. Start again from the form"),
    "code.confirmed": N_("Code confirmed: your transport card is now linked to your HES code"),
}

PLURALS = {
    "code.wrong": Np_(
        "The code is not right. You have {count} try left",
        "The code is not right. You have {count} tries left",
    ),
}

ALL = ERRORS | WARNINGS | CONFIRMATION


def language(lang: object) -> str:
    """One of LANGUAGES for a tag like "ar", "ar-SY" or "TR"; English for anything else."""
    primary = str(lang).split("-")[0].split("_")[0].lower() if isinstance(lang, str) else ""
    return primary if primary in LANGUAGES else "en"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALES_DIR, languages=[lang], fallback=True)


def text(code: str, lang: str = "en", **details: object) -> str:
    """The sentence for ``code`` in ``lang``, with ``details`` filled in."""
    return catalogue(language(lang)).gettext(ALL[code]).format(**details)


def meaning(key: str, lang: str = "en") -> str:
    """What the Turkish word for ``key`` (a field id, option value or button text) means."""
    return catalogue(language(lang)).gettext(MEANINGS[key])


def hint(field_id: str, lang: str = "en") -> str:
    """How to fill the field ``field_id``."""
    return catalogue(language(lang)).gettext(HINTS[field_id])


def required(field_id: str, lang: str = "en") -> str:
    """What to say when the field ``field_id`` is left empty."""
    return catalogue(language(lang)).gettext(REQUIRED[field_id])


def plural_text(code: str, count: int, lang: str = "en") -> str:
    """The sentence for ``code`` in the plural form that ``count`` takes in ``lang``."""
    singular, plural = PLURALS[code]
    return catalogue(language(lang)).ngettext(singular, plural, count).format(count=count)
