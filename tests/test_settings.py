"""Per-user settings (services/settings.py) and the settings and About dialogs."""
from __future__ import annotations

import json

import pytest

from services import settings as user_settings
from services.settings import Settings, SettingsError


def test_defaults_when_no_file(data_dir):
    s = user_settings.load()
    assert s == Settings()
    assert s.language == "zh_CN" and s.backup_keep == 10 and s.grade_scheme == "national"
    assert not (data_dir / "settings.json").exists()  # reading never writes


def test_save_and_load_round_trip(data_dir, tmp_path):
    font = tmp_path / "myfont.ttc"
    font.write_bytes(b"\0" * 16)
    stored = user_settings.save(Settings(name="  王评价 ", role="组长", language="en", report_font=f"{font}#1",
                                         grade_scheme="seed", backup_keep=25, template_dir=str(tmp_path)))
    assert stored.name == "王评价"  # trimmed
    again = user_settings.load()
    assert again == stored
    raw = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert raw["name"] == "王评价" and raw["backup_keep"] == 25  # plain JSON the CLI and reports can read
    assert again.templates_folder() == tmp_path


def test_update_keeps_other_values():
    user_settings.update(name="李四", backup_keep=5)
    user_settings.update(language="en")
    s = user_settings.load()
    assert (s.name, s.backup_keep, s.language) == ("李四", 5, "en")


@pytest.mark.parametrize("change, message", [
    ({"language": "fr"}, "界面语言"),
    ({"grade_scheme": "gold"}, "等级方案"),
    ({"backup_keep": 0}, "备份份数"),
    ({"backup_keep": 501}, "备份份数"),
    ({"backup_keep": "3"}, "整数"),
    ({"report_font": "/no/such/font.ttf"}, "找不到报告字体"),
    ({"name": "长" * 51}, "姓名"),
    ({"colour": "blue"}, "未知的设置项"),
])
def test_bad_values_refused_before_writing(data_dir, change, message):
    user_settings.update(name="原来的")
    before = (data_dir / "settings.json").read_bytes()
    with pytest.raises(SettingsError, match=message):
        user_settings.update(**change)
    assert (data_dir / "settings.json").read_bytes() == before


def test_template_dir_must_be_a_folder(tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(SettingsError, match="不是文件夹"):
        user_settings.update(template_dir=str(f))


def test_damaged_file_gives_defaults_and_is_kept_aside(data_dir):
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    assert user_settings.load() == Settings()
    assert (data_dir / "settings.json.bad").read_text(encoding="utf-8") == "{not json"


def test_one_bad_value_does_not_lose_the_others(data_dir):
    (data_dir / "settings.json").write_text(json.dumps(
        {"name": "赵六", "backup_keep": 7, "report_font": "/removed/font.ttf", "language": 3, "extra": 1}),
        encoding="utf-8")
    s = user_settings.load()
    assert (s.name, s.backup_keep, s.report_font, s.language) == ("赵六", 7, "", "zh_CN")


def test_keys_of_other_services_are_preserved(data_dir):
    from services.teamwork import backups

    backups.set_user_setting("periodic_minutes", 5)
    user_settings.update(name="周七", backup_keep=3)
    raw = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert raw["periodic_minutes"] == 5 and raw["name"] == "周七"
    assert backups.keep_count() == 3  # the backup service reads the same setting


def test_templates_folder_default(data_dir):
    assert user_settings.load().templates_folder() == data_dir / "templates"


def test_template_dir_setting_is_where_frameworks_look(tmp_path):
    from services.frameworks import catalog

    folder = tmp_path / "我的模板"
    user_settings.update(template_dir=str(folder))
    fw = catalog.load("shuzi-hengyang-2024")
    saved = catalog.save_user_template(fw, "copy.json")
    assert saved.parent == folder
    assert any(i.path == saved and not i.builtin for i in catalog.list_frameworks())


def test_report_font_setting_is_used_by_the_reports(tmp_path):
    fonts = pytest.importorskip("services.reports.fonts")
    wqy = next((p for p in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") if __import__("os").path.exists(p)), None)
    if wqy is None:
        pytest.skip("no WenQuanYi font on this machine")
    user_settings.update(report_font=wqy)
    chosen = fonts.get_fonts()
    assert {str(c.path) for c in (chosen.song, chosen.hei, chosen.fang)} == {wqy}


# ── dialogs (pytest-qt, offscreen) ─────────────────────────────────────────────
def test_settings_dialog_saves_what_the_evaluator_enters(qtbot, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.name.setText("王评价")  # (QTest.keyClicks types ASCII only)
    dlg.role.setCurrentText("组长")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.scheme.setCurrentIndex(dlg.scheme.findData("seed"))
    dlg.backups.setValue(30)
    dlg.templates.setText(str(tmp_path))
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    s = user_settings.load()
    assert (s.name, s.role, s.language, s.grade_scheme, s.backup_keep, s.template_dir) == (
        "王评价", "组长", "en", "seed", 30, str(tmp_path))
    from ui.i18n import language

    assert language() == "en"  # the window reads the same file at start-up


def test_settings_dialog_refuses_a_missing_font_without_saving(qtbot, data_dir):
    from ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.font.setEditText("/no/such/font.ttf")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert "找不到报告字体" in dlg.error.text() and not dlg.error.isHidden()
    assert not (data_dir / "settings.json").exists()


def test_about_dialog_shows_the_one_version(qtbot):
    from services.appinfo import VERSION
    from ui.dialogs.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert VERSION in dlg.version.text()


def test_default_grade_scheme_applies_to_frameworks_that_name_none():
    from services.frameworks import catalog

    data = catalog.load("shuzi-hengyang-2024").to_dict()
    data.pop("grade_scheme")
    assert catalog.from_dict(data).scheme().bands[2].name == "中"  # national by default
    user_settings.update(grade_scheme="seed")
    assert catalog.from_dict(data).scheme().bands[2].name == "较差"
    data["grade_scheme"] = "national"  # a framework's own choice wins
    assert catalog.from_dict(data).scheme().bands[2].name == "中"
