"""The interface language: the choice (Simplified Chinese or English), loading Qt translations, translating.

Source strings are Simplified Chinese. Widgets translate with ``self.tr("…")`` (their class is the context);
module-level code uses ``translate(context, text)``, or binds one context with ``_t = translator("SurveyPage")``.
Tables of strings mark each entry with ``QT_TRANSLATE_NOOP(context, "…")`` so lupdate finds them, and are
translated where they are shown. Calls through a bound translator are invisible to lupdate:
resources/translations/update.py adds them under the bound context.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

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


def install_translations(app: QApplication, code: str | None = None) -> list[QTranslator]:
    """Our English translation when chosen; Qt's own dialogs in Chinese (qtbase_zh_CN) otherwise."""
    code = code or language()
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
    return translators
