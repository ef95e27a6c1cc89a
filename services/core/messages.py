"""Messages for the evaluator, said once and shown in either language: see models/messages.py.

Services say ``said("…{name}…", name=value)`` and mark closed-vocabulary values with ``word(…)``.
"""
from models.messages import MESSAGES, Joined, Said, Word, joined, message_of, render, said, word

__all__ = ["MESSAGES", "Joined", "Said", "Word", "joined", "message_of", "render", "said", "word"]
