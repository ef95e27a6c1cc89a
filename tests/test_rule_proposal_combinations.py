"""A 情形选择 of two requirements in combination whose situation with neither is left unsaid is to check."""
from decimal import Decimal

import pytest

from services.frameworks.proposal import propose


@pytest.mark.parametrize("text", [
    "有管理制度有台账的得4分;有台账无制度的得2分;有制度无台账的得1分",
    "有考核方案，记录完整，得满分有考核记录无方案，得2分有方案无记录，得1分",
])
def test_combinations_without_the_none_situation_are_to_check(text):
    p = propose(text, Decimal(4), "制度与台账")
    assert [it["type"] for it in p.items] == ["choice"]
    assert not p.confident
    assert any("两者皆无" in d for d in p.unplaced)


def test_combinations_with_the_none_situation_stay_as_read():
    p = propose("有制度有台账得4分,有台账无制度得2分,有制度无台账得1分,无制度无台账不得分", Decimal(4), "制度与台账")
    assert [it["type"] for it in p.items] == ["choice"]
    assert not any("两者皆无" in d for d in p.unplaced)
    assert sorted(Decimal(str(o["score"])) for o in p.items[0]["params"]["options"]) == [0, 1, 2, 4]
