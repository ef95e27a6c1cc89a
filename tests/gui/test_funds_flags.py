"""The funds page flags contract payments above the cap before the final audit."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.evaluation import assessments, project
from services.fieldwork import bindings
from ui.shell.context import AppContext


@pytest.fixture
def ctx(qapp, sample_path):
    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    yield c
    c.set_store(None)


def test_payments_above_the_cap_are_shown(ctx, qtbot):
    from ui.pages import FundsPage

    page = FundsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    text = page.flags.toolTip()
    assert page.flags.isVisible() and "85%" in page.flags.text()
    assert "湖南中兴网信科技有限公司" in text and "16,380.00" in text  # 一期: 16,327.58 paid of 16,380.00
    # the first contract in view, the others one click away (and back)
    count = len(text.splitlines())
    assert count > 1 and len(page.flags.text().splitlines()) == 2
    assert page.flags_more.isVisible() and page.flags_more.text() == f"全部 {count} 份"
    page.flags_more.click()
    assert len(page.flags.text().splitlines()) == 1 + count and page.flags_more.text() == "收起"
    assert all(line in page.flags.text() for line in text.splitlines())
    page.flags_more.click()
    assert len(page.flags.text().splitlines()) == 2
    bindings.set_payment_cap(ctx.store, "100")
    page.refresh()
    assert page.flags.isVisible() and "中国电信衡阳分公司" in page.flags.toolTip()  # 769.57 paid of 733.50
    assert "湖南中兴网信科技有限公司" not in page.flags.toolTip()
    assert not page.flags_more.isVisible()  # one contract: nothing more to show
    telecom = next(f for f in project.list_funds(ctx.store) if f.contract_amount == Decimal("733.50"))
    project.update_fund(ctx.store, telecom.id, paid="700")
    page.refresh()
    assert not page.flags.isVisible()
