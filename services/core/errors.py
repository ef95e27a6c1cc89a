"""Errors every service shares."""


class EditRefused(ValueError):
    """An edit that cannot be saved; the message is for the evaluator. Nothing was changed.

    The message is usually said with ``models.messages.said`` so the window can show it in its language.
    """
