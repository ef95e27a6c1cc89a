"""Where FieldEval keeps its own files (backups, user templates, settings).

``FIELDEVAL_DATA_DIR`` overrides the per-user folder, so tests and portable installs never touch
the user's profile.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FieldEval"


def data_dir() -> Path:
    override = os.environ.get("FIELDEVAL_DATA_DIR")
    p = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def backup_dir() -> Path:
    p = data_dir() / "backups"
    p.mkdir(parents=True, exist_ok=True)
    return p


def user_template_dir() -> Path:
    p = data_dir() / "templates"
    p.mkdir(parents=True, exist_ok=True)
    return p


def resource_root() -> Path:
    """The folder holding ``resources/`` — the bundle's folder when frozen by PyInstaller."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)
