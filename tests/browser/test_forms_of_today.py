"""The forms of today (e-İkamet's first application and the migration office's appointment), practised in
every language as a person would: from the home page by the links they see, to the guide, to its practice
page; then by keyboard alone (Tab, Space, Enter, the arrow keys; typed with the keyboard), through every
stage to the end, with the mistakes real people make at each stage (a name in Arabic letters, Persian or
Arabic digits in a phone number — taken, with a note —, a wrong picture code, an empty required field, no
day chosen, a rule left unticked, a wrong SMS code). At each stage: the error summary and the messages
beside the fields are the engine's own words in the reader's language, a stage that fails never opens the
next, Back keeps the answers, "Step N of M" is in the reader's language. At the end of each walk nothing
typed (nor the picture code, the SMS code, the day chosen) is in any request, in storage, in the address or
in the console. With JavaScript off, the practice pages cannot send anything.

One phone-sized browser context serves the whole module, so the runtime downloaded on the first practice
page comes from the browser's cache on the next ones; each practice page starts its own checker once (one
page per form and language), and the next walk's page is opened while a walk goes on (see Phone)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from simulator import browser as engine_api
from simulator import messages
from simulator.forms import load

from ..site.conftest import LANGUAGES, language_prefix, page_title, site_say
from .conftest import CHECKER_TIMEOUT_MS
from .keyboard_helpers import (checks, choose_from_list, choose_in_select, choose_radio, expect_checked_after,
                               expect_end_lists, expect_field_messages, expect_only_stage, expect_stage_opened,
                               expect_summary, expect_warnings_stop, picture_code, press_button, sms_code, sms_message, stage, submit_by_enter, tab_to,
                               tick, type_into)
from .layout_helpers import lines_drawn
from .privacy_helpers import Recorder, assert_nothing_leaked

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
GUIDES = {"eikamet": "e-ikamet", "randevu": "goc-randevu"}
PORTALS = {"eikamet": "e-ikamet.goc.gov.tr", "randevu": "randevu.goc.gov.tr"}

# What a person types, as people in Türkiye do on their phones: the name of the country in their own
# language, the digits of their own keyboard, a name in their own script first.
COUNTRY_TYPED = {"en": "Iran", "tr": "İran", "fa": "ایران", "ar": "إيران"}
NAME_IN_ARABIC_LETTERS = {"fa": "گلنوش", "ar": "جميلة", "en": "گلنوش", "tr": "جميلة"}
OWN_DIGITS = {"ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Answers no page of the site contains (so finding one anywhere means it leaked).
FIRST_NAME, LAST_NAME = "Golnoosh", "Farahmandzadeh"
FATHER, MOTHER = "Bahramshah", "Parichehr"
BIRTH_DATE = "17.08.1991"
PASSPORT = "U84736251"
EMAIL = "golnoosh.f91@example.net"
PHONE_NUMBER = "0539 471 62 85"
PHONE_DIGITS = ("5394716285", "05394716285", "539 471 62 85")
FOREIGNER_ID = "99473621584"
CHILD_FIRST_NAME, CHILD_ID = "Kianoush", "99710264840"


def own_digits(text: str, lang: str) -> str:
    """``text`` in the digits of the reader's keyboard: Arabic-Indic for Arabic, Persian otherwise."""
    return text.translate(OWN_DIGITS.get(lang, PERSIAN_DIGITS))


class Engine:
    """The engine the page runs, here in CPython: what it says of the same answers in the reader's language."""

    def __init__(self, form_id: str, lang: str) -> None:
        self.form_id, self.lang = form_id, lang
        self.session = engine_api.Session()
        for field in load(form_id).fields:
            if field.control == "picture":
                self.session.answer({"type": "picture", "form": form_id, "field": field.id, "lang": lang})

    def check(self, stage_id: str, answers: dict[str, str]) -> dict:
        return self.session.answer({"type": "check", "form": self.form_id, "stage": stage_id, "answers": answers,
                                    "lang": self.lang, "today": datetime.date.today().isoformat()})

    def errors(self, stage_id: str, answers: dict[str, str]) -> dict[str, str]:
        result = self.check(stage_id, answers)
        assert not result["ok"], f"the engine takes these answers: {answers}"
        return result["errors"]

    def warnings(self, stage_id: str, answers: dict[str, str]) -> dict[str, str]:
        return self.check(stage_id, answers)["warnings"]

    def wrong_sms_code(self) -> str:
        """What the SMS stage says of the first wrong code."""
        sms = next(stage for stage in load(self.form_id).stages if stage.kind == "sms")
        phone = {sms.phone: PHONE_DIGITS[1]}
        sent = self.session.answer({"type": "send", "form": self.form_id, "stage": sms.id, "answers": phone,
                                    "lang": self.lang})
        wrong = f"{(int(sent['code']) + 1) % 1_000_000:06d}"
        return self.session.answer({"type": "confirm", "form": self.form_id, "stage": sms.id, "answers": phone,
                                    "code": wrong, "lang": self.lang})["message"]

    def say(self, text: str) -> str:
        return messages.translate(text, self.lang)


class Phone:
    """One phone-sized browser for the module's walks: what it downloaded once is in its cache, and what any
    of its tabs sends or logs is recorded. A walk's tab is opened from the home page by the links a person
    sees, and its first action (which starts the checker) is made by ``begin``; the next walk's tab is begun
    while this walk goes on, as a person with two tabs open would, so its checker starts in the meantime.
    Each tab starts its checker once."""

    def __init__(self, context, base_url: str) -> None:
        self.context, self.base_url = context, base_url
        self.recorder = Recorder().attach(context)
        self.begun = {}

    def begin(self, form_id: str, lang: str) -> None:
        if (form_id, lang) in self.begun:
            return
        page = self.context.new_page()
        page.set_default_timeout(15_000)
        open_practice_from_home(page, self.base_url, form_id, lang)
        BEGIN[form_id](page)
        self.begun[form_id, lang] = page

    def take(self, form_id: str, lang: str):
        self.begin(form_id, lang)
        return self.begun.pop((form_id, lang))


@pytest.fixture(scope="module")
def phone(browser, base_url):
    context = browser.new_context(**PHONE)
    yield Phone(context, base_url)
    context.close()


def walk_of(item) -> tuple[str, str] | None:
    """The form and language a collected test walks, if it is one of this module's walks."""
    form_id = WALK_TESTS.get(getattr(item, "originalname", None))
    return (form_id, item.callspec.params["lang"]) if form_id and item.module.__name__ == __name__ else None


@pytest.fixture
def tab(request, phone):
    """This walk's tab, begun; the next walk to run (if any) is begun before this one goes on."""
    page = phone.take(*walk_of(request.node))
    items = request.session.items
    following = [walk_of(item) for item in items[items.index(request.node) + 1:]]
    following = [walk for walk in following if walk]
    if following:
        phone.begin(*following[0])
    yield page
    page.close()


@pytest.fixture
def page(phone, kept_tabs):
    """The module phone's tab for the tests that are not its walks, which take it in turn."""
    return kept_tabs.take(phone.context)


def open_practice_from_home(page, base_url: str, form_id: str, lang: str) -> None:
    """The home page (the one address a person is given), its link to the guide, the guide's link to the
    practice; the real address is written on both pages."""
    guide = GUIDES[form_id]
    page.goto(f"{base_url}{language_prefix(lang)}")
    content = page.locator(".md-content")
    content.get_by_role("link", name=page_title(guide, lang), exact=True).first.click()
    expect(page).to_have_url(re.compile(f"/{guide}/$"))
    expect(content).to_contain_text(PORTALS[form_id])
    content.get_by_role("link", name=site_say("practice.link", lang), exact=True).first.click()
    expect(page).to_have_url(re.compile(f"/{guide}/practice/$"))
    expect(page.locator("h1")).to_have_text(page_title(f"{guide}/practice", lang))
    expect(content).to_contain_text(PORTALS[form_id])
    expect(page.locator("[data-controls]").first).to_be_enabled()


def begin_e_ikamet(page) -> None:
    """The start choice, pressed before anything is chosen: the checker starts."""
    expect_only_stage(page, "start")
    press_button(page, '[data-stage="start"] .practice-button')


@pytest.mark.parametrize("lang", LANGUAGES)
def test_e_ikamet_is_practised_by_keyboard_from_the_home_page(tab, phone, site_server, lang):
    page = tab
    engine = Engine("eikamet", lang)

    # The start choice was pressed before anything was chosen: once the checker is ready, the summary names it.
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    expect_summary(page, list(engine.errors("start", {}).values()))
    expect_field_messages(page, engine.errors("start", {}))
    expect_only_stage(page, "start")
    choose_radio(page, "purpose", "first")
    expect(stage(page, "start").locator("[data-step]")).to_have_text(
        site_say("practice.stage.step", lang, number=1, total=4))
    press_button(page, '[data-stage="start"] .practice-button')

    # A screen of only its button: nothing to get wrong; Back returns to the choice, still chosen.
    expect_stage_opened(page, "new_application", lang, 2, 4)
    expect(page.locator("#practice-summary")).to_be_hidden()
    press_button(page, '[data-stage="new_application"] [data-back]')
    expect_stage_opened(page, "start", lang, 1, 4)
    expect(page.locator("#f-purpose-first")).to_be_checked()
    press_button(page, '[data-stage="start"] .practice-button')
    expect_stage_opened(page, "new_application", lang, 2, 4)
    press_button(page, '[data-stage="new_application"] .practice-button')

    # Ön Kayıt: the first name in Arabic letters, no e-mail, the phone in the digits of the reader's keyboard,
    # a picture code misread, the box unticked (one source only: a warning, never a refusal).
    expect_stage_opened(page, "pre_registration", lang, 3, 4)
    typed_phone = own_digits(PHONE_NUMBER, lang)
    type_into(page, "#f-first_name", NAME_IN_ARABIC_LETTERS[lang])
    type_into(page, "#f-last_name", LAST_NAME)
    type_into(page, "#f-birth_date", BIRTH_DATE)
    type_into(page, "#f-father_name", FATHER)
    type_into(page, "#f-mother_name", MOTHER)
    choose_from_list(page, "nationality", COUNTRY_TYPED[lang], "IR")
    choose_in_select(page, "#f-document_type", "passport")
    type_into(page, "#f-passport_number", PASSPORT)
    type_into(page, "#f-phone", typed_phone)
    code = picture_code(page, "security_code")
    misread = code[:-1] + ("X" if code[-1] != "X" else "Y")
    type_into(page, "#f-security_code", misread)
    answers = {"purpose": "first", "first_name": NAME_IN_ARABIC_LETTERS[lang], "last_name": LAST_NAME,
               "birth_date": BIRTH_DATE, "father_name": FATHER, "mother_name": MOTHER, "nationality": "IR",
               "home_id_number": "", "document_type": "passport", "passport_number": PASSPORT, "email": "",
               "phone": typed_phone, "security_code": misread, "consent": ""}
    submit_by_enter(page)
    errors = engine.errors("pre_registration", answers)
    assert set(errors) == {"first_name", "email", "security_code"}, errors
    expect_summary(page, list(errors.values()))
    expect_field_messages(page, errors, {"phone": engine.warnings("pre_registration", answers)["phone"]})
    expect_only_stage(page, "pre_registration")
    expect(page.locator("[data-sms-message]")).to_have_text("")

    # Corrected: the name in Latin letters, the e-mail, the code as the screen reader spells it (typed in
    # lower case), the box ticked; the phone stays in the digits typed.
    page.locator("#practice-summary a").first.press("Enter")
    expect(page.locator("#f-first_name")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(FIRST_NAME)
    type_into(page, "#f-email", EMAIL)
    type_into(page, "#f-security_code", code.lower(), replace=True)
    tick(page, "#f-consent")
    press_button(page, '[data-stage="pre_registration"] .practice-button')
    # The phone in the reader's own digits passes with a warning: the stage stops once to show it, named by
    # its Turkish label, then goes on when its button is pressed again.
    warned = engine.check("pre_registration", answers | {"first_name": FIRST_NAME, "email": EMAIL, "consent": "on"})["warned"]
    assert [item["field"] for item in warned] == ["phone"], warned
    expect_warnings_stop(page, "pre_registration", warned, lang)
    press_button(page, '[data-stage="pre_registration"] .practice-button')

    # The SMS: the application number is in it; a code mistyped is refused; Back keeps every answer typed.
    expect_stage_opened(page, "sms", lang, 4, 4)
    text = sms_message(page)
    application_number = re.search(r"\b\d{4}-\d{2}-\d{7}\b", text).group(0)
    expect(page.locator("[data-sms-keep]")).to_contain_text(application_number)
    assert lines_drawn(page.locator("[data-sms-keep]"), application_number) == 1
    first_sms_code = sms_code(text)
    press_button(page, '[data-stage="sms"] [data-back]')
    expect_stage_opened(page, "pre_registration", lang, 3, 4)
    for field_id, value in {"first_name": FIRST_NAME, "last_name": LAST_NAME, "birth_date": BIRTH_DATE,
                            "email": EMAIL, "phone": typed_phone, "passport_number": PASSPORT}.items():
        expect(page.locator(f"#f-{field_id}")).to_have_value(value)
    expect(page.locator("#f-consent")).to_be_checked()
    expect(page.locator('select[data-field="nationality"]')).to_have_value("IR")
    press_button(page, '[data-stage="pre_registration"] .practice-button')
    expect_stage_opened(page, "sms", lang, 4, 4)
    expect(page.locator("[data-sms-message]")).not_to_have_text(re.compile(first_sms_code))
    text = sms_message(page)
    assert application_number in text, "a new SMS of the same application carries the same number"
    code_sent = sms_code(text)
    wrong = confirm_after_one_wrong_code(page, engine, code_sent)

    # The end shows the number; its way on is the login to continue an application.
    expect_only_stage(page, "first_end", timeout=CHECKER_TIMEOUT_MS)
    end = stage(page, "first_end")
    expect(end.locator("[data-stage-heading]")).to_be_focused()
    expect(end.locator("[data-made-value]")).to_have_text(application_number)
    expect(end).to_contain_text(engine.say(load("eikamet").stage("first_end").says))
    # Never broken after a hyphen where a sentence says it (it was in English, at 390 px).
    assert lines_drawn(end.locator("[data-done-message]"), application_number) == 1
    expect_end_lists(page, end, warned, lang)
    way_on = end.get_by_role("button", name=re.compile("Devam Eden Başvuru"))
    tab_to(page, way_on)
    page.keyboard.press("Enter")

    # Devam Eden Başvuru: the number forgotten (an empty required field), then typed as the SMS gave it.
    # Its step counts the stages acted on (the end is not a step, as stages.js says): the fifth of five.
    expect_stage_opened(page, "continue_form", lang, 5, 5)
    choose_radio(page, "contact_by", "phone")
    type_into(page, "#f-continue_phone", PHONE_DIGITS[0])
    choose_radio(page, "identity_by", "passport")
    type_into(page, "#f-continue_passport", PASSPORT)
    login_code = picture_code(page, "continue_code")
    assert login_code != code
    type_into(page, "#f-continue_code", " ".join([login_code[:4], login_code[4:]]))
    login = {"purpose": "first", "application_number": "", "contact_by": "phone", "continue_phone": PHONE_DIGITS[0],
             "identity_by": "passport", "continue_passport": PASSPORT, "continue_code": login_code}
    submit_by_enter(page)
    errors = {field: message for field, message in engine.errors("continue_form", login).items()
              if field != "continue_code"}
    assert list(errors) == ["application_number"], errors
    expect_summary(page, list(errors.values()))
    expect_only_stage(page, "continue_form")
    type_into(page, "#f-application_number", application_number)
    before = checks(page)
    page.keyboard.press("Enter")
    expect_checked_after(page, before)
    # The number this page made is taken without a doubt.
    expect(page.locator("#warning-application_number")).to_be_hidden()
    expect_only_stage(page, "continue_end")
    expect(stage(page, "continue_end").locator("[data-stage-heading]")).to_be_focused()
    expect(stage(page, "continue_end")).to_contain_text(engine.say(load("eikamet").stage("continue_end").says))
    # Its end too lists what the real site may refuse of all that was typed on the way.
    expect_end_lists(page, stage(page, "continue_end"), warned, lang)

    secrets = [NAME_IN_ARABIC_LETTERS[lang], FIRST_NAME, LAST_NAME, FATHER, MOTHER, BIRTH_DATE, "1991-08-17",
               PASSPORT, EMAIL, typed_phone, *PHONE_DIGITS, code, misread, login_code, code_sent, first_sms_code,
               wrong, application_number]
    assert_nothing_leaked(phone.context, page, phone.recorder, secrets, site_server.requests)


def begin_appointment(page) -> None:
    """Kayıt Ol: registering with a foreigner ID, the first choice (which starts the checker)."""
    expect_only_stage(page, "register")
    choose_radio(page, "document_type", "foreigner_id")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_appointment_is_practised_by_keyboard_from_the_home_page(tab, phone, site_server, lang):
    page = tab
    engine = Engine("randevu", lang)
    spec = load("randevu")

    # Kayıt Ol, with a foreigner ID: the phone in the digits of the reader's keyboard, no e-mail, the rule
    # about the phone and e-mail left unticked.
    type_into(page, "#f-foreigner_id", FOREIGNER_ID)
    typed_phone = own_digits(PHONE_NUMBER, lang)
    type_into(page, "#f-phone", typed_phone)
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    answers = {"document_type": "foreigner_id", "foreigner_id": FOREIGNER_ID, "phone": typed_phone, "email": "",
               "fixed_contact": ""}
    expect(stage(page, "register").locator("[data-step]")).to_have_text(
        site_say("practice.stage.step", lang, number=1, total=7))
    submit_by_enter(page)
    errors = engine.errors("register", answers)
    assert set(errors) == {"email", "fixed_contact"}, errors
    expect_summary(page, list(errors.values()))
    expect_field_messages(page, errors, {"phone": engine.warnings("register", answers)["phone"]})
    expect_only_stage(page, "register")
    expect(stage(page, "register")).to_contain_text(engine.say(spec.field("fixed_contact").meaning))
    type_into(page, "#f-email", EMAIL)
    tick(page, "#f-fixed_contact")
    press_button(page, '[data-stage="register"] .practice-button')
    warned = engine.check("register", answers | {"email": EMAIL, "fixed_contact": "on"})["warned"]
    assert [item["field"] for item in warned] == ["phone"], warned
    expect_warnings_stop(page, "register", warned, lang)
    press_button(page, '[data-stage="register"] .practice-button')

    # Kişi Bilgileri, for someone else: their first name typed in Arabic letters.
    expect_stage_opened(page, "person", lang, 2, 7)
    expect(page.locator("#f-other_first_name")).to_be_hidden()
    tick(page, "#f-for_someone_else")
    child = {"for_someone_else": "on", "other_first_name": NAME_IN_ARABIC_LETTERS[lang],
             "other_last_name": LAST_NAME, "other_id": CHILD_ID}
    type_into(page, "#f-other_first_name", child["other_first_name"])
    type_into(page, "#f-other_last_name", LAST_NAME)
    type_into(page, "#f-other_id", CHILD_ID)
    submit_by_enter(page)
    errors = engine.errors("person", answers | child)
    assert list(errors) == ["other_first_name"], errors
    expect_summary(page, list(errors.values()))
    expect_field_messages(page, errors)
    expect_only_stage(page, "person")
    type_into(page, "#f-other_first_name", CHILD_FIRST_NAME, replace=True)
    child["other_first_name"] = CHILD_FIRST_NAME
    press_button(page, '[data-stage="person"] .practice-button')

    # Randevu Bilgileri: pressed with no reason chosen; address registration is the first reason offered.
    expect_stage_opened(page, "reason", lang, 3, 7)
    expect(stage(page, "reason").locator("input[type=radio]").first).to_have_attribute("value", "address")
    expect(stage(page, "reason").locator("label").first).to_contain_text("İkamet İzinli Yabancı - Adres Tescili")
    press_button(page, '[data-stage="reason"] .practice-button')
    errors = engine.errors("reason", {})
    expect_summary(page, list(errors.values()))
    expect_only_stage(page, "reason")
    # Back: the other person's answers are all still there.
    press_button(page, '[data-stage="reason"] [data-back]')
    expect_stage_opened(page, "person", lang, 2, 7)
    expect(page.locator("#practice-summary")).to_be_hidden()
    expect(page.locator("#f-for_someone_else")).to_be_checked()
    for field_id, value in {"other_first_name": CHILD_FIRST_NAME, "other_last_name": LAST_NAME,
                            "other_id": CHILD_ID}.items():
        expect(page.locator(f"#f-{field_id}")).to_have_value(value)
    press_button(page, '[data-stage="person"] .practice-button')
    expect_stage_opened(page, "reason", lang, 3, 7)
    choose_radio(page, "reason", "address")
    press_button(page, '[data-stage="reason"] .practice-button')

    # Bağlı Kişi Bilgileri: a screen of only its button.
    expect_stage_opened(page, "linked", lang, 4, 7)
    press_button(page, '[data-stage="linked"] .practice-button')

    # Tarih Seçimi: pressed before choosing a day; then the first free day and its first free time.
    expect_stage_opened(page, "day", lang, 5, 7)
    expect(page.locator("#f-appointment")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    before = checks(page)
    press_button(page, '[data-stage="day"] .practice-button')
    expect_checked_after(page, before)
    errors = engine.errors("day", {})
    expect_summary(page, list(errors.values()))
    expect_only_stage(page, "day")
    # The first free day, then with the down arrow the next free one (full days are passed over).
    tab_to(page, "#f-appointment")
    page.keyboard.press("Space")
    first_day = page.locator("#f-appointment").get_attribute("value")
    page.keyboard.press("ArrowDown")
    day = page.evaluate("document.activeElement.value")
    assert day > first_day, (first_day, day)
    expect(page.locator(f'input[type=radio][value="{day}"]')).to_be_checked()
    tab_to(page, '.practice-days__times input[type=radio]')
    page.keyboard.press("Space")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen.startswith(f"{day}T"), chosen
    press_button(page, '[data-stage="day"] .practice-button')

    # Onay: every answer listed; the two rules stand beside Randevu Onayla in the reader's language;
    # one is left unticked.
    expect_stage_opened(page, "confirm", lang, 6, 7)
    review = stage(page, "confirm")
    expect(review.locator(".practice-review__row").filter(has_text=CHILD_FIRST_NAME)).to_have_count(1)
    expect(review.locator(".practice-review__row").filter(has_text=EMAIL)).to_have_count(1)
    confirm_form = review.locator("form")
    expect(confirm_form.get_by_role("button", name=re.compile("Randevu Onayla"))).to_be_visible()
    for rule in ("no_cancel", "thirty_days"):
        expect(confirm_form).to_contain_text(engine.say(spec.field(rule).meaning))
        expect(confirm_form.locator(f"#f-{rule}")).to_be_visible()
    tick(page, "#f-no_cancel")
    tab_to(page, confirm_form.get_by_role("button", name=re.compile("Randevu Onayla")))
    page.keyboard.press("Enter")
    errors = engine.errors("confirm", answers | child | {"email": EMAIL, "fixed_contact": "on", "reason": "address",
                                                         "appointment": chosen, "no_cancel": "on", "thirty_days": ""})
    assert list(errors) == ["thirty_days"], errors
    expect_summary(page, list(errors.values()))
    expect_only_stage(page, "confirm")
    expect(page.locator("[data-sms-message]")).to_have_text("")
    tick(page, "#f-thirty_days")
    tab_to(page, confirm_form.get_by_role("button", name=re.compile("Randevu Onayla")))
    page.keyboard.press("Enter")

    # The SMS: a code mistyped, then the right one.
    expect_stage_opened(page, "sms", lang, 7, 7)
    code_sent = sms_code(sms_message(page))
    wrong = confirm_after_one_wrong_code(page, engine, code_sent)

    # Randevularım, with Yazdır.
    expect_only_stage(page, "end", timeout=CHECKER_TIMEOUT_MS)
    end = stage(page, "end")
    expect(end.locator("[data-stage-heading]")).to_be_focused()
    expect(end).to_contain_text("Randevularım")
    expect(end).to_contain_text(engine.say(spec.stage("end").says))
    expect_end_lists(page, end, warned, lang)
    tab_to(page, end.get_by_role("button", name=re.compile("Yazdır")))

    secrets = [NAME_IN_ARABIC_LETTERS[lang], CHILD_FIRST_NAME, LAST_NAME, CHILD_ID, FOREIGNER_ID, EMAIL, typed_phone,
               *PHONE_DIGITS, code_sent, wrong, chosen, day]
    assert_nothing_leaked(phone.context, page, phone.recorder, secrets, site_server.requests)


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_booking_for_someone_else_with_their_details_empty_stops_once_and_the_end_lists_it(page, base_url, lang):
    """Başkası Adına Randevu ticked with the other person's Ad, Soyad and Yabancı Kimlik No left empty passes
    (which of their details the portal asks is in no source: a warning, never a refusal). Seen in Persian:
    the next stage opened at once and the warnings were gone. Now the stage stops once and names each field
    by its Turkish label; pressed again it goes on; and Randevularım lists them."""
    engine = Engine("randevu", lang)
    page.goto(f"{base_url}{language_prefix(lang)}{GUIDES['randevu']}/practice/")
    page.locator("#f-document_type-foreigner_id").check()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    page.locator("#f-foreigner_id").fill(FOREIGNER_ID)
    page.locator("#f-phone").fill(PHONE_NUMBER)
    page.locator("#f-email").fill(EMAIL)
    page.locator("#f-fixed_contact").check()
    page.locator('[data-stage="register"] .practice-button').click()
    expect_stage_opened(page, "person", lang, 2, 7, timeout=CHECKER_TIMEOUT_MS)
    page.locator("#f-for_someone_else").check()
    before = checks(page)
    page.locator('[data-stage="person"] .practice-button').click()
    expect_checked_after(page, before)
    warned = engine.check("person", {"for_someone_else": "on"})["warned"]
    assert [(item["field"], item["label"]) for item in warned] == [
        ("other_first_name", "Ad"), ("other_last_name", "Soyad"), ("other_id", "Yabancı Kimlik No")]
    expect_warnings_stop(page, "person", warned, lang)
    # Each warning leads to its field.
    page.locator("#practice-checks a").nth(1).click()
    expect(page.locator("#f-other_last_name")).to_be_focused()
    page.locator('[data-stage="person"] .practice-button').click()
    expect_stage_opened(page, "reason", lang, 3, 7)
    expect(page.locator("#practice-checks")).to_be_hidden()

    page.locator("#f-reason-address").check()
    page.locator('[data-stage="reason"] .practice-button').click()
    expect_stage_opened(page, "linked", lang, 4, 7)
    page.locator('[data-stage="linked"] .practice-button').click()
    expect_stage_opened(page, "day", lang, 5, 7)
    page.locator("#group-appointment input[type=radio]:not(:disabled)").first.check()
    page.locator("#group-appointment .practice-days__times input:not(:disabled)").first.check()
    page.locator('[data-stage="day"] .practice-button').click()
    expect_stage_opened(page, "confirm", lang, 6, 7)
    page.locator("#f-no_cancel").check()
    page.locator("#f-thirty_days").check()
    page.locator('[data-stage="confirm"] .practice-button').click()
    expect_stage_opened(page, "sms", lang, 7, 7)
    page.locator("#f-sms_code").fill(sms_code(sms_message(page)))
    page.locator("#f-sms_code").press("Enter")
    expect_only_stage(page, "end")
    expect_end_lists(page, stage(page, "end"), warned, lang)


BEGIN = {"eikamet": begin_e_ikamet, "randevu": begin_appointment}
WALK_TESTS = {"test_e_ikamet_is_practised_by_keyboard_from_the_home_page": "eikamet",
              "test_the_appointment_is_practised_by_keyboard_from_the_home_page": "randevu"}


def test_with_javascript_off_the_practice_pages_cannot_send(browser, base_url, site_server):
    """Reached by the same links, each practice page shows its form but nothing in it can be typed or
    pressed: tapping a field and the button and pressing Enter sends nothing and changes no address."""
    context = browser.new_context(java_script_enabled=False, **PHONE)
    recorder = Recorder().attach(context)
    page = context.new_page()
    try:
        for lang in LANGUAGES:
            for form_id in GUIDES:
                open_practice_from_home_without_scripts(page, base_url, form_id, lang)
                address = page.url
                sent_before = len(recorder.requests)
                site_server.requests.clear()
                form = page.locator("form[data-stage-form]").first
                expect(page.locator(".practice__noscript")).to_be_visible()
                # Nor does it say it is loading what cannot load.
                expect(page.locator("[data-status]")).to_be_hidden()
                field = form.locator("input[type=text], input[type=tel], input[type=email], input[type=radio]").first
                expect(field).to_be_disabled()
                box = field.bounding_box()
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.keyboard.type("Golnoosh")
                page.keyboard.press("Enter")
                button = form.locator(".practice-button")
                expect(button).to_be_disabled()
                box = button.bounding_box()
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.wait_for_timeout(200)
                assert page.url == address, (lang, form_id, page.url)
                # A form sent without scripts would be a GET of this page with the answers after "?" (or a POST).
                sent = [request for request in recorder.requests[sent_before:]
                        if request[0] != "GET" or "?" in request[1] or request[1].startswith(address)]
                assert sent == [], (lang, form_id, sent)
                assert not [line for line in site_server.requests if "?" in line], (lang, form_id, site_server.requests)
    finally:
        context.close()


def open_practice_from_home_without_scripts(page, base_url: str, form_id: str, lang: str) -> None:
    guide = GUIDES[form_id]
    page.goto(f"{base_url}{language_prefix(lang)}")
    content = page.locator(".md-content")
    content.get_by_role("link", name=page_title(guide, lang), exact=True).first.click()
    expect(page).to_have_url(re.compile(f"/{guide}/$"))
    content.get_by_role("link", name=site_say("practice.link", lang), exact=True).first.click()
    expect(page).to_have_url(re.compile(f"/{guide}/practice/$"))


def confirm_after_one_wrong_code(page, engine, code_sent: str) -> str:
    """The SMS code typed with its last digit wrong is refused on the SMS stage; then the code as sent.
    The wrong code typed, which must not leave the page either."""
    wrong = f"{(int(code_sent) + 1) % 1_000_000:06d}"
    type_into(page, "#f-sms_code", wrong)
    page.keyboard.press("Enter")
    expect(page.locator("#error-sms_code")).to_be_visible()
    expect(page.locator("#error-sms_code [data-message]")).to_have_text(engine.wrong_sms_code())
    # The box to type again in, and the error over it, are on the screen (the error pushed the box below it).
    expect(page.locator("#f-sms_code")).to_be_in_viewport()
    expect(page.locator("#error-sms_code")).to_be_in_viewport()
    expect_only_stage(page, "sms")
    page.keyboard.press("Control+A")
    page.keyboard.type(code_sent)
    page.keyboard.press("Enter")
    return wrong
