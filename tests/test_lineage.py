"""Checklist lineage: how items of two assessment years correspond, and year-based selection."""
from datetime import date

import pytest
import yaml

from oitcrawler.checklist import ChecklistError, fiscal_year_of, load_checklist, select_checklist
from oitcrawler.lineage import as_rows, diff


def _relations(old, new):
    return {(tuple(i.id for i in r.old), tuple(i.id for i in r.new)): r.relation
            for r in diff(load_checklist(old), load_checklist(new))}


def test_2565_to_2566_merges_new_and_dropped():
    rel = _relations("ita-2565", "ita-2566")
    assert rel[(("o1",), ("o1",))] == "same"
    assert rel[(("o10", "o18"), ("o11",))] == "merged"
    assert rel[((), ("o10",))] == "new"                      # privacy policy
    assert rel[(("o23",), ("o21",))] == "renumbered"         # monthly procurement summary
    assert rel[(("o32",), ())] == "dropped"                  # feedback channel


def test_direction_does_not_matter_and_every_item_appears_once():
    a, b = load_checklist("ita-2565"), load_checklist("ita-2566")
    forward, backward = diff(a, b), diff(b, a)
    assert [(r.relation, [i.id for i in r.old]) for r in forward] == \
        [(r.relation, [i.id for i in r.old]) for r in backward]
    new_ids = [i.id for r in forward for i in r.new]
    assert sorted(new_ids) == sorted(i.id for i in b.items)
    old_ids = {i.id for r in forward for i in r.old}
    assert old_ids == {i.id for i in a.items}


def test_composed_across_years():
    """2565 -> 2568 goes through 2566: the 2565 structure and duties items meet in 2568 O1."""
    rel = _relations("ita-2565", "ita-2568")
    merged = [k for k, v in rel.items() if "o1" in k[1]]
    assert merged and set(merged[0][0]) >= {"o1", "o3"} and rel[merged[0]] == "merged"


def test_same_code_different_topic_2568_2569():
    rows = as_rows(diff(load_checklist("ita-2568"), load_checklist("ita-2569")))
    to_o20 = {r["old_id"] for r in rows if r["new_id"] == "o20"}
    assert "o20" not in to_o20 and {"o21", "o22"} <= to_o20   # 2569 O20 is No Gift, 2568 O20 participation


def test_unlinked_checklists_are_refused(tmp_path):
    data = yaml.safe_load(open(load_checklist("ita-2566").path, encoding="utf-8"))
    data.pop("previous")
    for item in data["items"]:
        item.pop("previous", None)
    data["id"] = "custom"
    path = tmp_path / "custom.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ChecklistError, match="not linked"):
        diff(load_checklist("ita-2565"), load_checklist(str(path)))


def test_previous_must_name_items_of_the_previous_list(tmp_path):
    data = yaml.safe_load(open(load_checklist("ita-2566").path, encoding="utf-8"))
    data["items"][0]["previous"] = ["o99"]
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ChecklistError, match="o99"):
        diff(load_checklist("ita-2565"), load_checklist(str(path)))
    del data["items"][0]["previous"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ChecklistError, match="item o1: field 'previous' is required"):
        load_checklist(str(path))


@pytest.mark.parametrize("day,fy", [("2022-09-30", 2565), ("2022-10-01", 2566), ("2025-05-15", 2568)])
def test_fiscal_year_of(day, fy):
    assert fiscal_year_of(date.fromisoformat(day)) == fy


def test_selection_by_date():
    assert select_checklist(date(2023, 5, 15)).ref == "ita-2566"
    picked = select_checklist(date(2025, 5, 15))
    assert picked.ref == "ita-2568" and picked.exact
    later = select_checklist(date(2026, 11, 21))       # FY2570: no list yet
    assert later.ref == "ita-2569" and not later.exact and later.fiscal_year == 2570
    assert "2570" in later.message and "provisional" in later.message
    # ITA 2567 used the 2566 list; nothing for 2567 is bundled, so the latest earlier list is used
    assert select_checklist(date(2024, 3, 1)).ref == "ita-2566"
