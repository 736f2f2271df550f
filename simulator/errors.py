"""The one exception the validators raise: a stable code, never user-facing text."""


class ValidationError(ValueError):
    """The real portal would refuse the value.

    ``code`` (such as ``"hes.length"``) names the reason; :mod:`simulator.messages`
    turns it into words in the reader's language, filling in ``details``.
    """

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details
