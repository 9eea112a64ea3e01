"""The words every stage and every report share: statuses and findings, Thai and English.

A leaf module: stages produce these codes and reports print them, so neither needs the
other to know what "incomplete" or "broken_link" means.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

# A text for people: one string said the same way in both languages (a URL, "HTTP 404"), or
# a (Thai, English) pair. Never one string that mixes the two.
Text = str | tuple[str, str]

ITEM_STATUSES = ("pass", "incomplete", "missing", "not_assessed")
SITE_STATUSES = ("completed", "partial", "unreachable", "blocked")
STATUS_TH = {"pass": "ผ่าน", "incomplete": "ไม่ครบถ้วน", "missing": "ไม่พบ", "not_assessed": "ประเมินไม่ได้"}
SITE_STATUS_TH = {"completed": "ตรวจครบ", "partial": "ตรวจได้บางส่วน", "unreachable": "เข้าถึงเว็บไซต์ไม่ได้",
                  "blocked": "ถูกปิดกั้นการเข้าถึง"}
# An answer-sheet check's verdict (oitcrawler verify).
VERDICT_TH = {"ok": "ผ่าน", "warn": "ควรตรวจ", "fail": "ไม่ผ่าน"}
# Why a focused crawl left pages out (report.json "skipped", see oitcrawler.frontier); the
# messages are messages.yaml's "skipped.<reason>".
SKIP_REASONS = ("archive_older", "archive_undated", "archive_listing", "archive_entry", "print_variant",
                "grouping", "beyond_max_depth")


class Remediable(Protocol):
    """What a finding needs of a checklist item: its id and its remediation sentences."""
    @property
    def id(self) -> str: ...
    @property
    def remediation_th(self) -> str: ...
    @property
    def remediation_en(self) -> str: ...


def pair(value: Text) -> tuple[str, str]:
    """(Thai, English) of a text."""
    return (value, value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def finding_texts() -> dict:
    return yaml.safe_load(Path(__file__).with_name("findings.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def message_texts() -> dict:
    return yaml.safe_load(Path(__file__).with_name("messages.yaml").read_text(encoding="utf-8"))


def text(key: str, **fields: Text) -> tuple[str, str]:
    """(Thai, English) of message ``key`` (messages.yaml), each side filled with its own fields."""
    spec = message_texts()[key]
    th = {name: pair(value)[0] for name, value in fields.items()}
    en = {name: pair(value)[1] for name, value in fields.items()}
    return spec["th"].format(**th), spec["en"].format(**en)


def unreadable_reason_th(text_status: str) -> str:
    """Why a document could not be read, in Thai, from its text_status (never the library's error)."""
    key = f"unreadable.{text_status}"
    return text(key if key in message_texts() else "unreadable.error")[0]


def finding(code: str, url: str = "", label: str = "", detail: Text = "", snippet: str = "",
            item: Remediable | None = None, advisory: bool | None = None) -> dict:
    """A finding of ``code`` (findings.yaml) with its messages filled in.

    ``detail`` is a (Thai, English) pair where the two differ, so neither message carries
    the other language.
    """
    spec = finding_texts()[code]
    detail_th, detail_en = pair(detail)
    fields = {"url": url, "label": label, "status": "", "item": item.id if item else "", "remediation": ""}
    th = dict(fields, detail=detail_th, remediation=item.remediation_th if item else "")
    en = dict(fields, detail=detail_en, remediation=item.remediation_en if item else "")
    return {
        "code": code,
        "message_th": spec["message_th"].format(**th),
        "message_en": spec["message_en"].format(**en),
        "url": url,
        "snippet": snippet[:300],
        "remediation_th": spec["remediation_th"].format(**th),
        "remediation_en": spec["remediation_en"].format(**en),
        "advisory": bool(spec.get("advisory", False)) if advisory is None else advisory,
    }
