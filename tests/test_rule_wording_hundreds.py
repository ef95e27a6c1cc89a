"""Figures in hundreds written with 百 after digits (“5百元”, “1分/10百元”): the figure times a hundred, never the
digits run into 100 (“5百元” once read 5100元); 百分 and 百分点 stay percentages. A numeral after a digit and a stop
is not run into a decimal either."""
from __future__ import annotations

import pytest

from services.scoring.rules.wording import normalize


@pytest.mark.parametrize(("text", "read"), [
    ("5百元", "500元"),
    ("2.5百元", "250元"),
    ("1分/10百元", "1分/1000元"),
    ("2百人", "200人"),
    ("每百元", "每100元"),  # 百 alone, as before
    ("三百元", "300元"),
    ("每低5百分点扣1分", "每低5个百分点扣1分"),  # a percentage point, not five hundred
    ("一百分", "100分"),
])
def test_hundreds_after_digits_are_multiplied(text, read):
    assert normalize(text) == read


def test_a_numeral_after_a_list_number_is_not_run_into_a_decimal():
    # “1.四次大学生村官论坛8分”: the row's number, then four forums; never 1.4 forums
    assert "1.4次" not in normalize("1.四次大学生村官论坛8分。参加论坛会4分,缺席一次扣1分")
