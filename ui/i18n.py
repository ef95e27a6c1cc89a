"""The interface language: the choice (Simplified Chinese or English), loading Qt translations, translating.

Source strings are Simplified Chinese. Widgets translate with ``self.tr("…")`` (their class is the context);
module-level code uses ``translate(context, text)``, or binds one context with ``_t = translator("SurveyPage")``.
What a service says to the evaluator (a refusal, a question, a line about a figure: models/messages.py)
is shown through ``message_text``, the one place that puts it in the interface language.
Tables of strings mark each entry with ``QT_TRANSLATE_NOOP(context, "…")`` so lupdate finds them, and are
translated where they are shown. Calls through a bound translator are invisible to lupdate:
resources/translations/update.py adds them under the bound context.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models.messages import MESSAGES, message_of, render
from models.paths import resource_path

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, as the translation files it under ``context``."""
    return QCoreApplication.translate(context, text)


def translator(context: str) -> Callable[[str], str]:
    """``translate`` with the context bound, for a module whose strings all share one context.

    ``translator("")`` is the context lupdate gives a bare ``tr("…")`` call, so those calls stay visible to it.
    """

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def language() -> str:
    """The interface language from the evaluator's settings (services/settings.py): zh_CN or en."""
    from services import settings as user_settings

    return user_settings.load().language


def set_language(code: str) -> None:
    from services import settings as user_settings

    user_settings.update(language=code if code in LANGUAGES else "zh_CN")


#: the language whose translators are installed now, and those translators
_installed: dict = {"code": "zh_CN", "translators": []}


def current_language() -> str:
    """The language the window speaks now: English when our English translation answers, else zh_CN."""
    return "en" if QCoreApplication.translate("MainWindow", "撤销") != "撤销" else "zh_CN"


def switch_language(app: QApplication, code: str) -> list[QTranslator]:
    """Replace the installed translations by those of ``code``; Qt tells every widget (LanguageChange)."""
    remove_translations(app)
    return install_translations(app, code)


def install_translations(app: QApplication, code: str | None = None) -> list[QTranslator]:
    """Our English translation when chosen; Qt's own dialogs in Chinese (qtbase_zh_CN) otherwise."""
    code = code if code in LANGUAGES else language()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code == "en":
        t = QTranslator(app)
        if t.load(str(resource_path("translations", "fieldeval_en.qm"))):
            translators.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        t = QTranslator(app)
        if t.load("qtbase_zh_CN", qt_dir):
            translators.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for t in translators:
        app.installTranslator(t)
    _installed["code"] = code
    _installed["translators"] = _installed["translators"] + translators
    return translators


def remove_translations(app: QApplication) -> None:
    """Take out every translation installed here: the window speaks its Chinese source strings again."""
    for t in _installed["translators"]:
        app.removeTranslator(t)
    _installed["translators"] = []
    _installed["code"] = "zh_CN"


# ── stored values of a closed vocabulary ─────────────────────────────────────
#: the context their English is filed under (resources/translations/update.py adds the messages)
STORED = "StoredValues"


def stored_vocabulary() -> list[str]:
    """The words a file stores from a fixed list the program offers: grade names and grade-scheme names,
    roles, review steps, finding categories, evaluation types, kinds of field record, survey answers, the default report outline,
    the kinds of record and the fields the audit trail names.

    They stay Chinese in the file and in printed documents; the window shows them in its language
    (``shown``). Anything else stored is the evaluator's own text and is shown as written.
    """
    from services import settings as user_settings
    from services.evaluation import project
    from services.fieldwork import records, satisfaction
    from services.frameworks import catalog
    from services.scoring.grades import PRESETS
    from services.teamwork import assignments
    from services.teamwork.integrity import ENTITY_NAMES
    from services.teamwork.merge import FIELD_NAMES

    words = [b.name for s in PRESETS.values() for b in s.bands] + [s.name for s in PRESETS.values()]
    words += list(user_settings.ROLES) + list(project.ROLES) + list(assignments.DEFAULT_CHAIN)
    words += [c["name"] for c in catalog.DEFAULT_CATEGORIES]
    words += list(project.EVALUATION_TYPES) + [w for w in project.AMOUNT_QUALIFIERS if w] + list(records.KINDS)
    words += list(ENTITY_NAMES.values()) + list(FIELD_NAMES.values())
    words += [o["label"] for o in satisfaction.DEFAULT_SCALE] + [title for _key, title in project.DEFAULT_OUTLINE]
    return list(dict.fromkeys(words))


_vocabulary: set[str] = set()


def shown(value: str) -> str:
    """A stored value as the window shows it: a word of ``stored_vocabulary`` in the interface language,
    the evaluator's own text unchanged."""
    if not _vocabulary:
        _vocabulary.update(stored_vocabulary())
    return QCoreApplication.translate(STORED, value) if value in _vocabulary else value


def stored(text: str) -> str:
    """The stored (Chinese) word a shown word of ``stored_vocabulary`` stands for; other text as typed."""
    if not _vocabulary:
        _vocabulary.update(stored_vocabulary())
    for word in _vocabulary:
        if QCoreApplication.translate(STORED, word) == text:
            return word
    return text


# ── what the services say ────────────────────────────────────────────────────
def message_text(said: object) -> str:
    """What a service says, in the interface language: a message (``models.messages.said``) with its
    template translated under ``MESSAGES`` and its values put in (closed-vocabulary words ``shown``), an
    exception's message, or plain text as it is."""
    if isinstance(said, BaseException):
        said = message_of(said) or said.__class__.__name__
    return render(said, lambda text: QCoreApplication.translate(MESSAGES, text), shown)
