from collections import Counter

import pytest
import yaml

from oitcrawler.checklist import WINDOWS, ChecklistError, bundled_dir, load_checklist


@pytest.mark.parametrize("cid,layout", [
    ("ita-2565", {"9.1": 9, "9.2": 8, "9.3": 7, "9.4": 4, "9.5": 5, "10.1": 8, "10.2": 2}),
    ("ita-2566", {"9.1": 10, "9.2": 8, "9.3": 4, "9.4": 4, "9.5": 4}),
])
def test_bundled_checklists_are_complete(cid, layout):
    c = load_checklist(cid)
    assert [i.id for i in c.items] == [f"o{n}" for n in range(1, 44)]
    assert [i.code for i in c.items] == list(range(1, 44))
    counts = Counter(i.sub_indicator for i in c.items)
    for sub, n in layout.items():
        assert counts[sub] == n, sub
    for item in c.items:
        assert item.window in WINDOWS and item.title_th and item.labels and item.remediation_th


def test_collisions_between_years_are_data():
    old, new = load_checklist("ita-2565"), load_checklist("ita-2566")
    assert "ร้องเรียน" in old.item("o31").title_th and "No Gift" in new.item("o31").title_th
    assert new.item("o21").window == "first_half" and new.item("o10").title_th.startswith("นโยบายคุ้มครอง")


def _write(tmp_path, mutate):
    data = yaml.safe_load((bundled_dir() / "ita-2566.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_user_checklist_file_loads(tmp_path):
    path = _write(tmp_path, lambda d: d.update(id="moit-2566"))
    assert load_checklist(str(path)).id == "moit-2566"


@pytest.mark.parametrize("mutate,expected", [
    (lambda d: d["items"][4].update(window="sometime"), "item o5: field 'window' must be one of"),
    (lambda d: d["items"][1].pop("labels"), "item o2: field 'labels' is required"),
    (lambda d: d["items"][2].update(sub_indicator="9.9"), "item o3: field 'sub_indicator'"),
    (lambda d: d["items"][6].update(colour="red"), "item o7: unknown field 'colour'"),
    (lambda d: d["items"][8].update(code="nine"), "item o9: field 'code' must be int"),
    (lambda d: d["items"][9].update(url_tokens=["(unclosed"]), "item o10: field 'url_tokens'"),
    (lambda d: d["items"].append(dict(d["items"][0])), "item o1: duplicate item id"),
    (lambda d: d["items"][20].update(checks=["astrology"]), "item o21: field 'checks' has 'astrology'"),
    (lambda d: d["items"][6].update(dated_by="whenever"), "item o7: field 'dated_by' must be one of"),
])
def test_bad_checklist_names_file_item_and_field(tmp_path, mutate, expected):
    path = _write(tmp_path, mutate)
    with pytest.raises(ChecklistError) as exc:
        load_checklist(str(path))
    assert str(path) in str(exc.value) and expected in str(exc.value)


def test_unsafe_yaml_is_refused(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("!!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(ChecklistError, match="not valid YAML"):
        load_checklist(str(path))


def test_unknown_checklist_id():
    with pytest.raises(ChecklistError, match="ita-2599"):
        load_checklist("ita-2599")


def test_every_named_check_has_a_function():
    from oitcrawler.checklist import CHECK_NAMES
    from oitcrawler.checks import CHECKERS

    assert set(CHECK_NAMES) == set(CHECKERS) | {"monthly_summary"}
