"""The evaluator's own settings (个人设置), one JSON file per user: ``data_dir()/settings.json``.

No Qt here, so the window, the command line and the report service all read the same file:

- ``name`` / ``role``: who is working (recorded as the actor of edits when no ``--user`` is given);
- ``unit``: the evaluator's organisation (单位), asked with the name at the first start;
- ``language``: ``zh_CN`` or ``en`` (the window's language, from the next start);
- ``report_font``: a TrueType font file for printed documents (``path`` or ``path#index`` for a
  TTC collection); empty = find the system's fonts. An evaluation's own font setting still wins;
- ``grade_scheme``: the grade scheme (``national`` or ``seed``) of frameworks that name none, so of
  the evaluations made from them;
- ``backup_keep``: how many rolling backups to keep per evaluation file (read by services/backups.py,
  which also keeps its own keys in this file: unknown keys are preserved on save);
- ``template_dir``: where user indicator frameworks (templates) live; empty = the default folder;
- ``import_mappings`` (kept by services/frameworks/excel.py): the column mapping last used for each
  Excel header layout ({layout key: mapping text}), so a sheet of the same layout imports the same way.
- ``font_song`` / ``font_hei`` / ``font_fang`` / ``font_kai``: the font file for each role of
  printed documents (宋体, 黑体, 仿宋, 楷体); empty = the best one found on this machine.
- ``last_folders``: the folder each file dialog was last used in ({dialog key: folder}).

Reading never fails: a missing, unreadable or damaged file gives the defaults (a damaged file is
kept aside as ``settings.json.bad``). Writing refuses invalid values before touching the file and
replaces it atomically.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from models.messages import said
from models.paths import data_dir
from services.core.files import atomic_write_text
from services.scoring.grades import PRESETS

FILE_NAME = "settings.json"
LANGUAGES = ("zh_CN", "en")
ROLES = ("组长", "组员", "专家", "复核人")
GRADE_SCHEMES = tuple(PRESETS)  # national (财预〔2020〕10号), seed (中档称“较差”)
IMPORT_MAPPINGS = "import_mappings"  # {layout key: mapping text}, see services/frameworks/excel.py
BACKUP_MIN, BACKUP_MAX = 1, 500  # as services/backups.py (MIN_KEEP, MAX_KEEP)


class SettingsError(ValueError):
    """A settings value that cannot be stored; the message says why, in Chinese."""


@dataclass(frozen=True)
class Settings:
    name: str = ""
    role: str = "组员"
    unit: str = ""
    language: str = "zh_CN"
    report_font: str = ""
    grade_scheme: str = "national"
    backup_keep: int = 10
    template_dir: str = ""
    #: the font file for each role of printed documents ("" = found on this machine)
    font_song: str = ""
    font_hei: str = ""
    font_fang: str = ""
    font_kai: str = ""
    last_folders: dict = field(default_factory=dict)

    def templates_folder(self) -> Path:
        """The user template folder: the chosen one, else ``data_dir()/templates``."""
        if self.template_dir:
            return Path(self.template_dir).expanduser()
        return data_dir() / "templates"


DEFAULTS = Settings()


def settings_path() -> Path:
    return data_dir() / FILE_NAME


def validate(s: Settings) -> Settings:
    """The same settings, cleaned; raises SettingsError on a value that cannot be used."""
    name = s.name.strip()
    if len(name) > 50:
        raise SettingsError(said("姓名不能超过 50 个字。"))
    unit = s.unit.strip()
    if len(unit) > 100:
        raise SettingsError(said("单位名称不能超过 100 个字。"))
    role = s.role.strip() or DEFAULTS.role
    if len(role) > 20:
        raise SettingsError(said("角色不能超过 20 个字。"))
    folders = {str(k): str(v) for k, v in s.last_folders.items() if isinstance(v, str) and v}
    if s.language not in LANGUAGES:
        raise SettingsError(said("不支持的界面语言“{language}”，可选：{LANGUAGES}。", language=s.language, LANGUAGES='、'.join(LANGUAGES)))
    if s.grade_scheme not in GRADE_SCHEMES:
        raise SettingsError(said("不支持的默认等级方案“{grade_scheme}”，可选：{GRADE_SCHEMES}。", grade_scheme=s.grade_scheme, GRADE_SCHEMES='、'.join(GRADE_SCHEMES)))
    if isinstance(s.backup_keep, bool) or not isinstance(s.backup_keep, int):
        raise SettingsError(said("备份份数必须是整数。"))
    if not BACKUP_MIN <= s.backup_keep <= BACKUP_MAX:
        raise SettingsError(said("备份份数必须在 {BACKUP_MIN} 到 {BACKUP_MAX} 之间。", BACKUP_MIN=BACKUP_MIN, BACKUP_MAX=BACKUP_MAX))
    font = _font_file(s.report_font, "报告")
    roles = {key: _font_file(getattr(s, key), label) for key, label in FONT_ROLES.items()}
    folder = s.template_dir.strip()
    if folder and Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
        raise SettingsError(said("模板位置“{folder}”不是文件夹。", folder=folder))
    return replace(s, name=name, role=role, unit=unit, report_font=font, template_dir=folder, font_song=roles["font_song"],
                   font_hei=roles["font_hei"], font_fang=roles["font_fang"], font_kai=roles["font_kai"],
                   last_folders=folders)


#: the per-role fonts of printed documents (GB/T 9704 roles)
FONT_ROLES = {"font_song": "宋体", "font_hei": "黑体", "font_fang": "仿宋", "font_kai": "楷体"}


def _font_file(value: str, label: str) -> str:
    font = value.strip()
    if font:
        path = Path(font.rpartition("#")[0] if "#" in font and font.rpartition("#")[2].isdigit() else font)
        if not path.expanduser().is_file():
            raise SettingsError(said("找不到{label}字体文件：{path}", label=label, path=path))
        if path.suffix.lower() not in (".ttf", ".ttc", ".otf"):
            raise SettingsError(said("{label}字体须为 TrueType 字体文件（.ttf 或 .ttc）。", label=label))
    return font


def _from_dict(raw: dict[str, Any]) -> Settings:
    """Known keys with values of the right type; anything else falls back to its default."""
    values = {}
    for f in fields(Settings):
        if f.name in raw and type(raw[f.name]) is type(getattr(DEFAULTS, f.name)):
            values[f.name] = raw[f.name]
    s = Settings(**values)
    try:
        return validate(s)
    except SettingsError:
        # one bad value (e.g. a font file since removed) must not lose the others
        good = {}
        for f in fields(Settings):
            try:
                validate(replace(DEFAULTS, **{f.name: getattr(s, f.name)}))
                good[f.name] = getattr(s, f.name)
            except SettingsError:
                pass
        return validate(Settings(**good))


def load() -> Settings:
    """The saved settings, or the defaults for anything missing or unusable."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DEFAULTS
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        try:
            os.replace(path, path.with_name(FILE_NAME + ".bad"))
        except OSError:
            pass
        return DEFAULTS
    return _from_dict(raw) if isinstance(raw, dict) else DEFAULTS


def stored() -> dict[str, Any]:
    """Everything in the file as it is, other services' keys included; {} if missing or unreadable."""
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write(values: dict[str, Any]) -> None:
    """The one writer of settings.json: the file's other keys kept, ``values`` over them, atomically."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    merged = {**stored(), **values}
    atomic_write_text(path, json.dumps(merged, ensure_ascii=False, indent=2))


def save(s: Settings) -> Settings:
    """Validate, then write atomically (temp file + os.replace). Returns what was stored."""
    s = validate(s)
    _write(asdict(s))
    return s


def set_value(key: str, value: Any) -> None:
    """Store one key of another service (e.g. the backups' ``periodic_backup_minutes``) beside the settings.

    A key of ``Settings`` is validated like ``save`` does; other keys are stored as given.
    """
    if key in {f.name for f in fields(Settings)}:
        if type(value) is not type(getattr(DEFAULTS, key)):
            raise SettingsError(said("设置“{key}”的值“{value}”类型不对。", key=key, value=value))
        value = getattr(validate(replace(DEFAULTS, **{key: value})), key)
    _write({key: value})


def update(**changes: Any) -> Settings:
    """Change some settings, keeping the rest."""
    unknown = set(changes) - {f.name for f in fields(Settings)}
    if unknown:
        raise SettingsError(said("未知的设置项：{unknown}", unknown='、'.join(sorted(unknown))))
    return save(replace(load(), **changes))


def last_folder(key: str) -> Path | None:
    """The folder the file dialog ``key`` was last used in, if it still exists."""
    folder = load().last_folders.get(key)
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_folder(key: str, path: Path | str) -> None:
    """Note the folder of ``path`` (a file or a folder) for the file dialog ``key``; never fails."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    try:
        current = load()
        update(last_folders={**current.last_folders, key: str(folder)})
    except (OSError, SettingsError):
        pass  # a read-only profile only forgets the folder
