"""The words every stage and every report share: statuses and findings, Thai and English.

A leaf module: stages produce these codes and reports print them, so neither needs the
other to know what "incomplete" or "broken_link" means.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

ITEM_STATUSES = ("pass", "incomplete", "missing", "not_assessed")
SITE_STATUSES = ("completed", "partial", "unreachable", "blocked")
STATUS_TH = {"pass": "ผ่าน", "incomplete": "ไม่ครบถ้วน", "missing": "ไม่พบ", "not_assessed": "ประเมินไม่ได้"}
SITE_STATUS_TH = {"completed": "ตรวจครบ", "partial": "ตรวจได้บางส่วน", "unreachable": "เข้าถึงเว็บไซต์ไม่ได้",
                  "blocked": "ถูกปิดกั้นการเข้าถึง"}
# Why a focused crawl left pages out (report.json "skipped", see oitcrawler.frontier): (Thai, English).
SKIP_REASONS = {
    "archive_older": ("หน้ารายการข่าว/กิจกรรมที่เก่ากว่าปีที่ประเมิน",
                      "listing pages older than the years assessed"),
    "archive_undated": ("หน้ารายการถัดจากหน้าแรก ๆ ที่ไม่ระบุวันที่และไม่มีหัวข้อที่ตรงกับข้อการประเมิน",
                        "listing pages past the first ones, with no dates and no post naming an item"),
    "archive_listing": ("หน้าถัดไปของรายการข่าว/กิจกรรมที่ไม่ได้เปิด",
                        "later pages of a listing not reached"),
    "archive_entry": ("ข่าว/อัลบั้มในคลังที่หัวข้อไม่ตรงกับข้อการประเมินใด",
                      "posts and albums of an archive whose titles name no item"),
    "print_variant": ("หน้าสำหรับพิมพ์หรือแชร์ ซึ่งซ้ำกับหน้าต้นฉบับ", "print or share copies of pages"),
    "grouping": ("หน้าแท็ก หมวดหมู่ หรือแกลเลอรีภาพ นอกจากไม่กี่หน้าแรก",
                 "tag, category and gallery pages beyond the first few"),
    "beyond_max_depth": ("หน้าในคลังข่าว/กิจกรรมที่ลึกเกิน --max-depth", "archive pages deeper than --max-depth"),
}


class Remediable(Protocol):
    """What a finding needs of a checklist item: its id and its remediation sentences."""
    @property
    def id(self) -> str: ...
    @property
    def remediation_th(self) -> str: ...
    @property
    def remediation_en(self) -> str: ...


@lru_cache(maxsize=1)
def finding_texts() -> dict:
    return yaml.safe_load(Path(__file__).with_name("findings.yaml").read_text(encoding="utf-8"))


def finding(code: str, url: str = "", label: str = "", detail: str = "", snippet: str = "",
            item: Remediable | None = None, advisory: bool | None = None) -> dict:
    """A finding of ``code`` (findings.yaml) with its messages filled in."""
    spec = finding_texts()[code]
    fields = {"url": url, "label": label, "detail": detail, "status": "",
              "item": item.id if item else "",
              "remediation": ""}
    th = dict(fields, remediation=item.remediation_th if item else "")
    en = dict(fields, remediation=item.remediation_en if item else "")
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
