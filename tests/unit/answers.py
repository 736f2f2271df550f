"""Complete valid answers for every form, and one wrong answer per field with the reason expected."""

import datetime

TODAY = datetime.date(2021, 1, 10)

VALID = {
    "istanbul": {
        "first_name": "Ahmad", "last_name": "Alhassan", "id_number": "99123456740", "birth_date": "05.03.1990",
        "email": "ahmad@example.com", "card_number": "1234 5678 9012 3456", "phone": "0532 123 45 67",
        "hes_code": "a1b2-3456-78", "consent_1": "on", "consent_2": "on",
    },
    "gaziantep": {"card_number": "1234 5678 9012", "phone": "0532 123 45 67", "hes_code": "A1B2-3456-78", "consent_1": "on"},
    "antalya": {"card_number": "4111 1111 1111 1111", "id_number": "99000000042", "phone": "0555 123 45 67",
                "hes_code": "A1B2-3456-78", "consent_1": "on"},
    "national": {"citizenship": "other", "province": "27", "id_number": "98123456750", "card_number": "12345678901",
                 "hes_code": "A1B2-3456-78", "phone": "+90 505 123 45 67", "email": "ahmad@example.com", "consent_1": "on"},
}

WRONG = {
    "first_name": ("محمد", "name.arabic_script"),
    "last_name": ("Alhassan2", "name.digits"),
    "id_number": ("99123456", "kimlik.length"),
    "passport_number": ("N1", "passport.length"),
    "birth_date": ("31.02.1990", "date.impossible"),
    "email": ("ahmad.example.com", "email.no_at"),
    "card_number": ("1234", "card.length"),
    "phone": ("+963 944 123 456", "phone.foreign"),
    "hes_code": ("A1B2-3456", "hes.length"),
    "citizenship": ("maybe", "choice.unknown"),
    "province": ("82", "province.unknown"),
    "consent_1": ("", "required"),
    "consent_2": ("", "required"),
}
