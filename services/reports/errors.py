"""The one error the report service raises: a message for the evaluator, never a traceback."""


class ReportError(Exception):
    """A document that cannot be produced; the message is for the evaluator."""
