"""How the items of two assessment years correspond (``oitcrawler checklist diff``).

Each checklist may name its predecessor (top-level ``previous``) and list, per item, the
predecessor's items of the same topic. Lists further apart are related by composing
those links along the chain, so 2565 → 2568 goes through 2566. Grouping the links into
connected components gives the relation: one-to-one (same topic, maybe renumbered),
many-to-one (merged), one-to-many (split), none (new or dropped).
"""
from __future__ import annotations

from dataclasses import dataclass

from .checklist import Checklist, ChecklistError, load_checklist

RELATIONS = ("same", "renumbered", "merged", "split", "regrouped", "new", "dropped")


@dataclass
class Correspondence:
    relation: str
    old: list            # items of the older checklist
    new: list            # items of the newer checklist


def _chain(newer: Checklist, older_id: str, limit: int = 20) -> list[Checklist] | None:
    """newer, its previous, ... ending with the checklist ``older_id``; None if not linked."""
    chain = [newer]
    while chain[-1].id != older_id:
        prev = chain[-1].previous
        if not prev or len(chain) > limit:
            return None
        chain.append(load_checklist(prev))
    return chain


def _links(chain: list[Checklist]) -> dict[str, set[str]]:
    """Newest item id → ids of the oldest checklist, composed along the chain."""
    newest = chain[0]
    current = {item.id: {item.id} for item in newest.items}
    for child, parent in zip(chain, chain[1:]):
        known = {i.id for i in parent.items}
        by_id = {i.id: i for i in child.items}
        step: dict[str, set[str]] = {}
        for item_id, ids in current.items():
            step[item_id] = set()
            for i in ids:
                prev = by_id[i].previous
                if prev is None:
                    raise ChecklistError(f"{child.path}: item {i}: no 'previous' mapping to {parent.id}")
                unknown = set(prev) - known
                if unknown:
                    raise ChecklistError(f"{child.path}: item {i}: 'previous' names {sorted(unknown)[0]!r}, "
                                         f"which {parent.id} does not have")
                step[item_id] |= set(prev)
        current = step
    return current


def diff(a: Checklist, b: Checklist) -> list[Correspondence]:
    """Correspondences between two checklists, in the newer list's order, dropped items last."""
    if a.scheme != b.scheme:
        raise ChecklistError(f"{a.id} ({a.scheme}) and {b.id} ({b.scheme}) belong to different schemes; "
                             "checklist diff compares years of one scheme only")
    older, newer = (a, b) if a.ita_year <= b.ita_year else (b, a)
    chain = _chain(newer, older.id)
    if chain is None:
        raise ChecklistError(f"{newer.id} is not linked to {older.id} through 'previous' "
                             f"({newer.id} → {newer.previous or 'nothing'})")
    links = _links(chain)
    old_by_id = {i.id: i for i in older.items}
    users: dict[str, set[str]] = {i.id: set() for i in older.items}
    for new_id, olds in links.items():
        for o in olds:
            users[o].add(new_id)
    out, seen = [], set()
    for item in newer.items:
        if item.id in seen:
            continue
        # The connected component of this item over the old-new links.
        news, olds, frontier = {item.id}, set(), [item.id]
        while frontier:
            n = frontier.pop()
            for o in links[n] - olds:
                olds.add(o)
                for n2 in users[o] - news:
                    news.add(n2)
                    frontier.append(n2)
        seen |= news
        if not olds:
            relation = "new"
        elif len(olds) == 1 and len(news) == 1:
            relation = "same" if old_by_id[next(iter(olds))].code == item.code else "renumbered"
        elif len(news) == 1:
            relation = "merged"
        elif len(olds) == 1:
            relation = "split"
        else:
            relation = "regrouped"
        order_new = [i for i in newer.items if i.id in news]
        order_old = [i for i in older.items if i.id in olds]
        out.append(Correspondence(relation, order_old, order_new))
    for item in older.items:
        if not users[item.id]:
            out.append(Correspondence("dropped", [item], []))
    return out


def _codes(items: list) -> str:
    return ", ".join(i.display for i in items) or "—"


def render_text(a: Checklist, b: Checklist, rows: list[Correspondence]) -> str:
    older, newer = (a, b) if a.ita_year <= b.ita_year else (b, a)
    flag = " (provisional)" if newer.provisional or older.provisional else ""
    lines = [f"{older.id} → {newer.id}{flag}: {len(older.items)} → {len(newer.items)} items", ""]
    width = max(len(_codes(r.old)) for r in rows)
    for r in rows:
        title = (r.new or r.old)[0].title_th
        lines.append(f"{_codes(r.old):<{width}}  →  {_codes(r.new):<10} {r.relation:<10} {title}")
    counts = {rel: sum(1 for r in rows if r.relation == rel) for rel in RELATIONS}
    lines += ["", "  ".join(f"{k}: {v}" for k, v in counts.items() if v)]
    return "\n".join(lines)


def as_rows(rows: list[Correspondence]) -> list[dict]:
    """Flat rows (one per old-new pair, or one per unpaired item) for CSV and JSON."""
    flat = []
    for r in rows:
        for o in r.old or [None]:
            for n in r.new or [None]:
                flat.append({
                    "relation": r.relation,
                    "old_id": o.id if o else "", "old_title": o.title_th if o else "",
                    "new_id": n.id if n else "", "new_title": n.title_th if n else "",
                })
    return flat
