"""The SMS step: right code, wrong codes, expiry, and sending again."""

import pytest

from simulator import messages
from simulator.confirmation import LIFETIME_SECONDS, MAX_ATTEMPTS, Confirmation, Outcome, random_code


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def step(clock):
    codes = iter(["123456", "654321"])
    confirmation = Confirmation(clock=clock, new_code=lambda: next(codes))
    confirmation.send()
    return confirmation


def test_the_right_code_confirms(step):
    check = step.check("123456")
    assert check.outcome is Outcome.CONFIRMED
    assert check.message("en").startswith("Code confirmed")


def test_the_code_is_taken_as_people_type_it(step):
    assert step.check("١٢٣ ٤٥٦").outcome is Outcome.CONFIRMED


def test_a_wrong_code_costs_an_attempt_and_says_how_many_are_left(step):
    check = step.check("000000")
    assert check.outcome is Outcome.WRONG
    assert step.attempts_left == MAX_ATTEMPTS - 1
    assert check.message("en") == "The code is not the one the practice phone shows. You have 2 tries left"
    assert check.message("ar") == "هذا ليس الرمز الظاهر على الهاتف التجريبي. بقيت لك محاولتان"


def test_three_wrong_codes_end_the_step(step):
    outcomes = [step.check("000000").outcome for _ in range(MAX_ATTEMPTS)]
    assert outcomes == [Outcome.WRONG, Outcome.WRONG, Outcome.LOCKED]
    assert step.check("123456").outcome is Outcome.LOCKED


def test_a_malformed_code_costs_no_attempt(step):
    assert step.check("12345").outcome is Outcome.FORMAT
    assert step.check("").message("en") == "Enter the 6-digit code from the SMS"
    assert step.attempts_left == MAX_ATTEMPTS


def test_the_code_expires_after_three_minutes(step, clock):
    clock.now += LIFETIME_SECONDS - 1
    assert step.seconds_left() == 1
    clock.now += 1
    assert step.seconds_left() == 0
    assert step.check("123456").outcome is Outcome.EXPIRED


def test_sending_again_gives_a_new_code_and_fresh_attempts(step, clock):
    step.check("000000")
    clock.now += LIFETIME_SECONDS + 5
    assert step.send() == "654321"
    assert step.attempts_left == MAX_ATTEMPTS and step.seconds_left() == LIFETIME_SECONDS
    assert step.check("123456").outcome is Outcome.WRONG
    assert step.check("654321").outcome is Outcome.CONFIRMED


def test_random_codes_are_six_digits_and_vary():
    codes = {random_code() for _ in range(50)}
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    assert len(codes) > 40


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_a_locked_code_points_to_the_send_again_button_by_its_own_words(step, lang):
    checks = [step.check("000000") for _ in range(MAX_ATTEMPTS)]
    text = checks[-1].message(lang)
    assert messages.text("button.send_again", lang) in text
    assert str(MAX_ATTEMPTS) in text
    step.send()
    assert step.check("654321").outcome is Outcome.CONFIRMED, "send again is the way on"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_an_expired_code_points_to_the_send_again_button(step, clock, lang):
    clock.now += LIFETIME_SECONDS
    assert messages.text("button.send_again", lang) in step.check("123456").message(lang)


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_confirmed_message_says_it_was_practice_and_that_the_rule_ended_in_2022(step, lang):
    text = step.check("123456").message(lang)
    assert "2022" in text
    assert text != messages.translate("Code confirmed: your transport card is now linked to your HES code", lang)
    assert "now linked" not in text and "مربوطة بكود" not in text and "artık HES kodunuzla eşleşti" not in text
