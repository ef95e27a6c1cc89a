"""The one home of each helper: rounding and number formats, dates typed by the evaluator, atomic writes."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest

from services.core.dates import parse_date, parse_when
from services.core.errors import EditRefused
from services.core.numbers import fmt, fmt_fixed, fmt_money, json_number, pct, plain, round_half_up


# ── numbers ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("value", "places", "expected"), [
    ("2.345", 2, "2.35"), ("2.344", 2, "2.34"), ("-2.345", 2, "-2.35"), ("0.125", 2, "0.13"),
    ("78.75", 1, "78.8"), ("78.85", 1, "78.9"), ("66.6666", 2, "66.67"), ("5", 2, "5.00"), ("0.5", 0, "1"),
])
def test_round_half_up_rounds_halves_away_from_zero(value, places, expected):
    assert str(round_half_up(D(value), places)) == expected


def test_the_formats_keep_their_printed_figures():
    assert fmt(D("3.30")) == "3.3" and fmt(D("100.00")) == "100" and fmt(D("-0.001")) == "0" and fmt(None) == "—"
    assert fmt(D("78.75"), 1) == "78.8"
    assert fmt_fixed(D("30295.875")) == "30295.88" and fmt_fixed(None) == ""
    assert fmt_money(D("30295.875")) == "30,295.88" and fmt_money(D("0")) == "0.00"
    assert pct(D("66.665")) == "66.67%"


def test_json_number_is_an_integer_without_fraction_and_a_rounded_float_otherwise():
    assert json_number(D("88.00")) == 88 and isinstance(json_number(D("88.00")), int)
    assert json_number(D("78.845")) == 78.85 and json_number(D("78.75"), 1) == 78.8
    assert json_number(None) is None


def test_plain_writes_the_exact_value_without_exponent_or_trailing_zeros():
    assert [plain(D(x)) for x in ("100", "1E+2", "3.50", "0.000", "-0.0", "1E-7")] == \
        ["100", "100", "3.5", "0", "0", "0.0000001"]


# ── dates ────────────────────────────────────────────────────────────────────
def test_parse_date_accepts_iso_dates_and_refuses_others_in_one_line():
    assert parse_date("2024-09-30") == date(2024, 9, 30)
    assert parse_date(date(2024, 1, 2)) == date(2024, 1, 2)
    assert parse_date(datetime(2024, 1, 2, 9, 30)) == date(2024, 1, 2)
    assert parse_date("") is None and parse_date(None) is None
    with pytest.raises(EditRefused, match=r"^日期“2024-13-01”格式不对，应为 年-月-日（如 2024-09-30）$"):
        parse_date("2024-13-01")
    with pytest.raises(EditRefused, match=r"^整改期限“明天”格式不对"):
        parse_date("明天", "整改期限")


def test_parse_when_accepts_dates_with_or_without_a_time():
    assert parse_when("2024-09-30") == datetime(2024, 9, 30)
    assert parse_when("2024/09/30 14:30") == datetime(2024, 9, 30, 14, 30)
    assert parse_when("2024-09-30T14:30:05") == datetime(2024, 9, 30, 14, 30, 5)
    assert parse_when("2024-09-30 14:30:05.250000") == datetime(2024, 9, 30, 14, 30, 5, 250000)
    assert parse_when(date(2024, 9, 30)) == datetime(2024, 9, 30)
    assert parse_when("") is None
    with pytest.raises(EditRefused, match=r"^时间“9月30日”格式不对，应为 年-月-日 或 年-月-日 时:分（如 2024-09-30 14:30）$"):
        parse_when("9月30日")
    with pytest.raises(EditRefused, match=r"^拍摄时间“2024-09-30 25:00”格式不对"):
        parse_when("2024-09-30 25:00", "拍摄时间")


# ── atomic writes ────────────────────────────────────────────────────────────
def test_atomic_write_gives_the_users_normal_permissions(tmp_path):
    import os
    import stat

    from services.core.files import atomic_write_text

    old = os.umask(0o027)
    try:
        out = atomic_write_text(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert out.read_text(encoding="utf-8") == "{}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # 0666 less the umask, not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temp(tmp_path):
    from services.core.files import atomic_write, atomic_write_bytes

    out = atomic_write_bytes(tmp_path / "x.bin", b"old")

    def half_then_fail(tmp):
        tmp.write_bytes(b"ne")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        atomic_write(out, half_then_fail)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.bin"]
    atomic_write_bytes(out, b"new", durable=True)
    assert out.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["x.bin"]


def test_atomic_write_into_a_missing_folder_names_the_folder(tmp_path):
    from services.core.files import atomic_write_text

    with pytest.raises(FileNotFoundError) as err:
        atomic_write_text(tmp_path / "nope" / "a.txt", "x")
    assert err.value.filename == str(tmp_path / "nope")


def test_the_conflicts_file_is_readable_by_the_group(tmp_path):
    import os
    import stat

    from services.teamwork.merge import write_conflicts

    old = os.umask(0o022)
    try:
        write_conflicts([], tmp_path / "c.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "c.json").stat().st_mode) == 0o644
