"""A value the form made earlier on this page and the person types back, such as the application number.

The e-İkamet portal gives an application number (Başvuru No, NNNN-NN-NNNNNNN) in an SMS and asks
for it to continue the application later. The practice makes one (:mod:`simulator.made`) and
takes it back typed with or without its hyphens, with spaces, in Arabic or Persian digits. A
number of the right shape that this page did not make is only doubted: it may be a real one
from an earlier application, which a practice cannot know.

>>> validate('۳۲۱۳ ۲۱ ۳۱۲۳۱۲۳', made=('application_number', ''))
'3213-21-3123123'
>>> validate('3213-21-312312', made=('application_number', ''))
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: reference.format
>>> doubts('3213-21-3123123', made=('application_number', '3213-21-3123123'))
()
>>> doubts('3213-21-3123123', made=('application_number', '1111-22-3333333'))
('reference.not_made',)
>>> doubts('3213-21-3123123', made=('application_number', ''))
('reference.none_made',)
"""

from . import made as made_values
from .errors import ValidationError, accepts
from .normalize import clean, has_arabic_script


def validate(answer: str, made: tuple[str, str]) -> str:
    """The value as the portal writes it, when ``answer`` has the shape of the made value ``made[0]``."""
    if has_arabic_script(clean(answer)):
        raise ValidationError("script.arabic")
    value = made_values.written(made[0], answer)
    if value is None:
        raise ValidationError("reference.format", example=made_values.EXAMPLES[made[0]])
    return value


def doubts(value: str, made: tuple[str, str]) -> tuple[str, ...]:
    """A doubt when the value is not the one made on this page (or none was made)."""
    if not made[1]:
        return ("reference.none_made",)
    return () if value == made[1] else ("reference.not_made",)


def is_valid(answer: object, name: str = "application_number") -> bool:
    """Whether ``answer`` has the shape of the made value ``name``."""
    return accepts(validate, answer, made=(name, ""))
