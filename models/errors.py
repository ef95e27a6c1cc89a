"""Errors the store raises, each with a message for the evaluator (in Chinese)."""


class EvaluationFileError(Exception):
    """Base class: the message is meant to be shown to the evaluator as is."""


class NotAnEvaluationFile(EvaluationFileError):
    pass


class NewerFileError(EvaluationFileError):
    pass


class DamagedFileError(EvaluationFileError):
    pass


class FileExistsRefused(EvaluationFileError):
    pass
