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


class FileLockedError(EvaluationFileError):
    """Another window or process holds the file open for writing (``holder`` names it), or SQLite
    reported the file locked after waiting."""

    def __init__(self, message: str, holder=None, readonly: bool = False):
        super().__init__(message)
        self.holder = holder
        self.readonly = readonly


class ReadOnlyError(EvaluationFileError):
    """The file is open read-only (or lies on read-only media): an edit was refused, nothing changed."""


class FileReplacedError(EvaluationFileError):
    """The file was replaced on disk (a merge or a restore) while open: the edit was not saved."""


class DiskFullError(EvaluationFileError):
    """The disk is full: the unit of work was rolled back, nothing was saved."""
