"""Errors every service shares."""


class EditRefused(ValueError):
    """An edit that cannot be saved; the message is for the evaluator. Nothing was changed."""
