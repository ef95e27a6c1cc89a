

# ── one case of a fault whose words hold a 计 of a word (设计、统计、会计、审计), no scoring verb ─────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("查现场。以50m为1个检查段，台阶坡面角大于设计1处扣2分", "8", 2),
    ("统计报表数据与台账不一致1处扣0.5分", "3", Decimal("0.5")),
])
def test_one_case_of_a_fault_said_with_a_word_of_ji(text, weight, per):
    p = propose(text, weight, "指标")
    params = sole(p, "deduction")
    assert params["unit"] == "处" and Decimal(params["per"]) == per
    assert [by_count(p, n) for n in ("0", "1", "2")] == [Decimal(weight), Decimal(weight) - per, Decimal(weight) - 2 * per]
    assert not p.confident  # each further case costing as much is read, not said


def test_a_scoring_ji_is_no_fault():
    # “计1次”: a count scored, never a fault's words
    assert all(it["type"] != "deduction" for r in readings("考核计1次扣2分", "5") for it in r.items)
