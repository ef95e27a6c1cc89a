"""Editing an evaluation's indicator system: structure, validation naming nodes, scored evaluations, templates."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.errors import EditRefused
from services.evaluation import assessments
from services.frameworks import catalog, edit as fe


def node(store, code):
    return next(n for n in fe.list_nodes(store) if n.code == code)


def messages(store):
    return [str(p) for p in fe.validate(store)]


def test_sample_framework_is_valid_and_matches_the_template(sample_store):
    assert fe.validate(sample_store) == []
    data = fe.framework_of(sample_store)
    assert data["nodes"] == catalog.load("shuzi-hengyang-2024").to_dict()["nodes"]


def test_add_rename_and_validation_names_the_node(sample_store):
    parent = node(sample_store, "1.1")
    new_id = fe.add_node(sample_store, parent.id, "立项资料完整性", "1")
    assert any("“预算支出决策（项目立项）”（1.1）：下级指标分值之和 5 不等于其分值 4" in m for m in messages(sample_store))
    assert any("一级指标分值之和" not in m for m in messages(sample_store))
    fe.update_node(sample_store, parent.id, max_points="5")
    assert any("“决策”（1）：下级指标分值之和 16" in m for m in messages(sample_store))
    fe.update_node(sample_store, node(sample_store, "1").id, max_points="16")
    assert any("一级指标分值之和 101 不等于总分 100" in m for m in messages(sample_store))
    fe.update_node(sample_store, new_id, name="立项材料完整性")
    n = next(n for n in fe.list_nodes(sample_store) if n.id == new_id)
    assert n.name == "立项材料完整性" and n.code == "1.1.3" and n.items[0]["type"] == "judgement"
    assert n.items[0]["max"] == "1"
    with pytest.raises(EditRefused):
        fe.update_node(sample_store, new_id, max_points="一分")
    with pytest.raises(EditRefused, match="已被"):
        fe.update_node(sample_store, new_id, code="1.1.1")


def test_leaf_weight_change_follows_its_single_item_and_items_must_sum(sample_store):
    leaf = node(sample_store, "2.1.2")  # threshold, one item
    fe.update_node(sample_store, leaf.id, max_points="6")
    assert node(sample_store, "2.1.2").items[0]["max"] == "6"
    leaf = node(sample_store, "1.3.1")  # four deduction items
    fe.update_node(sample_store, leaf.id, max_points="4")
    assert any("“预算编制科学性”（1.3.1）：评分项分值之和 3 不等于指标分值 4" in m for m in messages(sample_store))
    with pytest.raises(EditRefused, match="不能保存为模板"):
        fe.save_as_template(sample_store, "mine", "我的体系")


def test_move_reorder_and_reparent(sample_store):
    a, b = node(sample_store, "1.2.1"), node(sample_store, "1.2.2")
    fe.move_node(sample_store, b.id, a.parent_id, 0)
    assert [n.code for n in fe.list_nodes(sample_store) if n.parent_id == a.parent_id] == ["1.2.2", "1.2.1"]
    target = node(sample_store, "1.3")
    old_parent, old_pos = fe.move_node(sample_store, a.id, target.id, None)
    assert node(sample_store, "1.2.1").parent_id == target.id
    assert any("（1.2）：下级指标分值之和 3 不等于其分值 6" in m for m in messages(sample_store))
    fe.move_node(sample_store, a.id, old_parent, old_pos)
    with pytest.raises(EditRefused, match="自己的下级"):
        fe.move_node(sample_store, node(sample_store, "1").id, node(sample_store, "1.1").id)
    with pytest.raises(EditRefused, match="末级指标"):
        fe.move_node(sample_store, a.id, node(sample_store, "2.1.1").id)
    old = fe.renumber(sample_store)
    assert node(sample_store, "1.2.1").name == "绩效指标明确性"
    fe.set_codes(sample_store, old)
    assert node(sample_store, "1.2.2").name == "绩效指标明确性"


def test_editing_a_scored_evaluation_keeps_assessments_and_lists_affected(sample_store):
    before = assessments.score(sample_store)
    leaf = node(sample_store, "1.3.2")
    snap = fe.delete_node(sample_store, leaf.id)
    assert [a.code for a in snap.affected] == ["1.3.2"]
    after = assessments.score(sample_store)
    kept = {n.code: n.computed for n in after.leaves()}  # the rule's score (the total is rescaled: 98 of 100)
    assert len(kept) == 26
    assert all(kept[c] == n.computed for c, n in before.by_code().items() if c in kept and not n.children)
    fe.restore_node(sample_store, snap)
    assert assessments.score(sample_store).total == before.total
    # change the rule of a scored leaf: keeps the inputs of unchanged items, lists it as affected
    leaf = node(sample_store, "1.3.1")
    items = [dict(it) for it in leaf.items]
    items[0] = {**items[0], "params": {"per": "0.2", "unit": "例"}}
    change = fe.set_items(sample_store, leaf.id, items)
    assert [a.code for a in change.affected] == ["1.3.1"]
    fe.restore_items(sample_store, leaf.id, change)
    assert assessments.score(sample_store).total == before.total
    with pytest.raises(EditRefused, match="缺少参数 per"):
        fe.set_items(sample_store, leaf.id, [{"key": "a", "label": "x", "max": "3", "type": "deduction", "params": {}}])


def test_delete_last_child_turns_parent_into_leaf_and_undo(sample_store):
    parent = node(sample_store, "3.3")
    snap = fe.delete_node(sample_store, node(sample_store, "3.3.1").id)
    p = node(sample_store, "3.3")
    assert p.is_leaf and p.items[0]["type"] == "judgement" and p.items[0]["max"] == "8"
    fe.restore_node(sample_store, snap)
    assert not node(sample_store, "3.3").is_leaf and node(sample_store, "3.3.1").parent_id == parent.id
    assert fe.validate(sample_store) == []


def test_template_round_trip_and_new_evaluation(sample_store, tmp_path):
    path = fe.save_as_template(sample_store, "my-hengyang", "我的数字衡阳体系")
    assert path.exists() and path.name == "my-hengyang.json"
    assert any(i.id == "my-hengyang" and not i.builtin for i in catalog.list_frameworks())
    store = fe.new_evaluation_from_template("my-hengyang", tmp_path / "n.fev", {"name": "新评价"})
    try:
        assert len([n for n in fe.list_nodes(store) if n.is_leaf]) == 27
        assert assessments.get_info(store).framework_id == "my-hengyang"
    finally:
        store.close()
    with pytest.raises(EditRefused, match="内置"):
        fe.save_as_template(sample_store, "shuzi-hengyang-2024", "x")


def test_try_rule():
    item = {"key": "a", "label": "预算执行率", "max": "5", "type": "threshold",
            "params": {"full_at": "90", "deduct": "0.5", "input": "ratio"}}
    r = fe.try_rule(item, {"numerator": "85", "denominator": "100"})
    assert r.score == Decimal("2.5") and "5 − 5 × 0.5" in r.text
    assert fe.try_rule(item, {"numerator": "x", "denominator": "100"}).error
    assert "缺少参数" in fe.try_rule({**item, "params": {}}, {}).error
