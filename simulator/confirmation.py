"""The SMS confirmation step, as a small state machine.

After a valid submit the portal "sends" a 6-digit code to the phone. The right
code confirms; a wrong one costs one of 3 attempts, after which the code is
locked and the one way on is "send again", which issues a new code and new
attempts; a code lasts 3 minutes. The clock is a function returning seconds, so tests control time.

>>> now = [0.0]
>>> step = Confirmation(clock=lambda: now[0], new_code=lambda: '123456')
>>> step.send()
'123456'
>>> step.check('000000').outcome, step.attempts_left
(<Outcome.WRONG: 'wrong'>, 2)
>>> now[0] = 200
>>> step.check('123456').outcome
<Outcome.EXPIRED: 'expired'>
"""

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from . import messages
from .normalize import clean, without_separators

CODE_LENGTH = 6
LIFETIME_SECONDS = 180
MAX_ATTEMPTS = 3


class Outcome(Enum):
    CONFIRMED = "confirmed"
    WRONG = "wrong"
    FORMAT = "format"
    EXPIRED = "expired"
    LOCKED = "locked"


@dataclass(frozen=True)
class Check:
    """The outcome of typing a code, and what to tell the person, in their language."""

    outcome: Outcome
    attempts_left: int
    message_code: str

    def message(self, lang: str = "en") -> str:
        if self.outcome is Outcome.WRONG:
            return messages.plural_text("code.wrong", self.attempts_left, lang)
        return messages.text(self.message_code, lang, attempts=MAX_ATTEMPTS)


def random_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_LENGTH):0{CODE_LENGTH}d}"


class Confirmation:
    """One person's confirmation step: a code sent, its age, the attempts left."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 new_code: Callable[[], str] = random_code) -> None:
        self.clock = clock
        self.new_code = new_code
        self.code = ""
        self.sent_at = 0.0
        self.attempts_left = 0

    def send(self) -> str:
        """Issue a new code (the first one, or "send again") and return it for the mock phone."""
        self.code = self.new_code()
        self.sent_at = self.clock()
        self.attempts_left = MAX_ATTEMPTS
        return self.code

    def seconds_left(self) -> int:
        """Whole seconds until the code expires (0 once it has)."""
        if not self.code:
            return 0
        return max(0, int(self.sent_at + LIFETIME_SECONDS - self.clock() + 0.999))

    def check(self, typed: str) -> Check:
        """Judge a typed code; a wrong one uses an attempt, the last one ends the step."""
        typed = without_separators(clean(typed)) if isinstance(typed, str) else ""
        if self.attempts_left == 0:
            return Check(Outcome.LOCKED, 0, "code.locked")
        if self.seconds_left() == 0:
            return Check(Outcome.EXPIRED, self.attempts_left, "code.expired")
        if not typed:
            return Check(Outcome.FORMAT, self.attempts_left, "code.required")
        if len(typed) != CODE_LENGTH or not typed.isascii() or not typed.isdigit():
            return Check(Outcome.FORMAT, self.attempts_left, "code.format")
        if secrets.compare_digest(typed, self.code):
            self.code = ""
            return Check(Outcome.CONFIRMED, self.attempts_left, "code.confirmed")
        self.attempts_left -= 1
        if self.attempts_left == 0:
            self.code = ""
            return Check(Outcome.LOCKED, 0, "code.locked")
        return Check(Outcome.WRONG, self.attempts_left, "code.wrong")
