"""The one exception the validators raise: a stable code, never user-facing text.

>>> from simulator import hes
>>> accepts(hes.validate, 'A1B2-3456-78'), accepts(hes.validate, 'A1'), accepts(hes.validate, None)
(True, False, False)
"""

from collections.abc import Callable


class ValidationError(ValueError):
    """The real portal would refuse the value.

    ``code`` (such as ``"hes.length"``) names the reason; :mod:`simulator.messages`
    turns it into words in the reader's language, filling in ``details``.
    """

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


def accepts(validate: Callable[..., str], value: object, **options: object) -> bool:
    """Whether ``validate`` takes ``value``: the shared body of every module's ``is_valid``.

    Like python-stdnum's ``is_valid``, anything that is not text (None, 0, an
    object) is simply not valid, never an exception.
    """
    if not isinstance(value, str):
        return False
    try:
        validate(value, **options)
    except ValidationError:
        return False
    return True
