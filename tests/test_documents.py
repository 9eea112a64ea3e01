"""Document text: real PDFs (Thai font), DOCX, XLSX; garbled and scanned detection; hostile files."""
import io
import zipfile

import pytest

from oitcrawler.documents import extract_document, garbled_reason, repair_thai
from oitcrawler.testing.fixtureserver import build_docx, build_pdf, build_scanned_pdf, build_xlsx


def test_thai_pdf_text_with_split_marks_rejoined(tmp_path):
    build_pdf("สรุปผลการจัดซื้อจัดจ้างรายเดือน\nมีนาคม ๒๕๖๖ ผู้อำนวยการ\n---page---\nหน้าสอง", tmp_path / "a.pdf")
    doc = extract_document((tmp_path / "a.pdf").read_bytes(), "pdf")
    assert doc.status == "ok" and doc.pages == 2
    assert "สรุปผลการจัดซื้อจัดจ้างรายเดือน" in doc.text and "ผู้อำนวยการ" in doc.text


def test_garbled_thai_pdf_is_unreadable(tmp_path):
    garbled = "แผนปฏิบัติก ารประจ าปีงบประม าณ พ.ศ. ๒๕๖๖\nค าน า\n" + "สำนักง านได้จัดท าแผนปฏิบัติก าร\n" * 5
    build_pdf(garbled, tmp_path / "g.pdf")
    doc = extract_document((tmp_path / "g.pdf").read_bytes(), "pdf")
    assert doc.status == "garbled" and "ค าน า" in doc.detail


def test_scanned_pdf_is_image_only(tmp_path):
    build_scanned_pdf("แผนผังโครงสร้างหน่วยงาน\nผู้อำนวยการ", tmp_path / "s.pdf")
    doc = extract_document((tmp_path / "s.pdf").read_bytes(), "pdf")
    assert doc.status == "image_only"


def test_docx_and_xlsx(tmp_path):
    build_docx("รายงานผลการดำเนินงาน\nปีงบประมาณ พ.ศ. 2565", tmp_path / "r.docx")
    build_xlsx("รายงาน,ปีงบประมาณ 2565\nโครงการ,900000", tmp_path / "r.xlsx")
    assert "ปีงบประมาณ พ.ศ. 2565" in extract_document((tmp_path / "r.docx").read_bytes(), "docx").text
    assert "900000" in extract_document((tmp_path / "r.xlsx").read_bytes(), "xlsx").text


@pytest.mark.parametrize("data,kind,status", [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "pdf", "error"),           # truncated
    (b"not a zip at all", "docx", "error"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "doc", "unsupported"),
    (b"", "xlsx", "error"),
])
def test_broken_files_never_raise(data, kind, status):
    assert extract_document(data, kind).status == status


def test_zip_bomb_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    doc = extract_document(buf.getvalue(), "docx")
    assert doc.status == "error" and "50 MB" in doc.detail


def test_garbled_signatures():
    assert garbled_reason("\uf70a" * 10 + "ก" * 100)
    assert garbled_reason("(cid:12)" * 30)
    assert not garbled_reason("รายงานผลการดำเนินงานประจำปี " * 10)
    assert repair_thai("ซื\n\n้อ ที ่") == "ซื้อ ที่"
