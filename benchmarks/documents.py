"""Document text extraction speed on a long Thai PDF.

    python benchmarks/documents.py [--pages 200]

Builds a Thai PDF (fonts-thai-tlwg) of N pages of procurement-table text, then times
oitcrawler's extractor on it: once with its page cap (what a crawl does) and once reading
every page.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from oitcrawler import documents
from oitcrawler.testing.fixtureserver import PAGE_BREAK, build_pdf

PAGE = "\n".join(
    ["แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมีนาคม ๒๕๖๖ หน้า {n}"] +
    [f"{i}. จัดซื้อวัสดุสำนักงาน วงเงิน {i * 1250:,} บาท ราคากลาง {i * 1250:,} บาท วิธีเฉพาะเจาะจง "
     f"ผู้ได้รับการคัดเลือก ร้านตัวอย่างพาณิชย์ เหตุผล ราคาต่ำสุด สัญญาเลขที่ {i}/๒๕๖๖" for i in range(1, 19)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "long.pdf"
        build_pdf(f"\n{PAGE_BREAK}\n".join(PAGE.replace("{n}", str(n)) for n in range(1, args.pages + 1)), pdf)
        data = pdf.read_bytes()
        print(f"{args.pages}-page Thai PDF, {len(data) / 1024:.0f} KiB")
        for label, cap in (("capped (crawl default)", documents.MAX_PAGES), ("all pages", args.pages)):
            documents.MAX_PAGES, documents.MAX_SECONDS = cap, 600.0
            documents.MAX_CHARS = 200_000 if cap < args.pages else 10_000_000
            start = time.perf_counter()
            result = documents.extract_document(data, "pdf")
            seconds = time.perf_counter() - start
            print(f"{label:<24} pages {result.pages:>4}  {seconds:6.2f} s  {result.pages / seconds:6.1f} pages/s"
                  f"  status {result.status}  chars {len(result.text):,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
