"""Text of evidence documents (PDF, DOCX, XLSX, XLS), bounded, with garbled-Thai detection.

Thai PDFs often extract badly. Tone marks and above/below vowels split from their
consonant ("ซื ้อ") are a layout artefact and are rejoined: no Thai word starts with a
combining mark. What cannot be repaired is reported instead of guessed at: SARA AM
lost ("ค าน า"), Private Use Area glyphs from legacy fonts, ``(cid:NN)`` codes, and
scanned pages with no text layer.
"""
from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import dataclass

MAX_PAGES = 60
MAX_CHARS = 200_000
MAX_CELL = 2_000
MAX_SECONDS = 20.0
MAX_UNZIPPED = 50 * 1024 * 1024

_SPLIT_MARK = re.compile(r"[ \t\r\n\f]+(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
_PUA = re.compile(r"[\ue000-\uf8ff]")
# No Thai syllable starts with SARA AA, so "ค าน า" / "ประจ าปี" is SARA AM broken in two.
_LOST_SARA_AM = re.compile(r"[\u0e01-\u0e2e][\u0e48-\u0e4b]?[ \t]+\u0e32")
_CID = re.compile(r"\(cid:\d+\)")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


@dataclass
class DocumentText:
    text: str = ""
    pages: int = 0
    status: str = "ok"          # ok | garbled | image_only | unsupported | error | empty
    detail: str = ""
    seconds: float = 0.0
    lost: str = ""              # stopped | crashed | timeout: the reader's worker failed, not the file

    @property
    def readable(self) -> bool:
        return self.status == "ok"

    def as_record(self) -> dict:
        return {"text": self.text[:MAX_CHARS], "pages": self.pages, "text_status": self.status,
                "text_detail": self.detail, "extract_seconds": round(self.seconds, 3),
                **({"job_lost": self.lost} if self.lost else {})}


def repair_thai(text: str) -> str:
    return _SPLIT_MARK.sub("", text)


def garbled_reason(text: str) -> str:
    """Why extracted Thai text cannot be trusted, or "" when it can."""
    thai = len(_THAI.findall(text))
    if len(_CID.findall(text)) > 20:
        return "font without a Unicode map ((cid:NN) codes)"
    pua = len(_PUA.findall(text))
    if pua > 5 and pua > 0.01 * max(thai, 1):
        return "legacy Thai font glyphs (Private Use Area)"
    if thai >= 50 and len(_LOST_SARA_AM.findall(text)) > 0.005 * thai:
        return "Thai vowels lost in extraction (e.g. 'ค าน า')"
    return ""


def _pdf(data: bytes, deadline: float) -> DocumentText:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer

    parts, pages, images, size = [], 0, 0, 0
    for layout in extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PAGES):
        pages += 1
        stack = list(layout)
        while stack:
            element = stack.pop(0)
            if isinstance(element, LTTextContainer):
                piece = element.get_text()
                parts.append(piece)
                size += len(piece)
            elif isinstance(element, (LTFigure, LTImage)):
                images += 1
                if isinstance(element, LTFigure):
                    stack.extend(element)
        parts.append("\f")
        if size > MAX_CHARS:
            break
        if time.monotonic() > deadline:
            return DocumentText(repair_thai("".join(parts)), pages, "error",
                                f"stopped after {MAX_SECONDS:.0f} s at page {pages}")
    text = repair_thai("".join(parts))[:MAX_CHARS]
    if len(text.strip("\f \n")) < 20 * max(pages, 1) and pages:
        return DocumentText(text, pages, "image_only" if images else "empty",
                            "scanned image without a text layer" if images else "no text")
    return DocumentText(text, pages)


def _docx(data: bytes) -> DocumentText:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables[:50]:
        for row in table.rows[:500]:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return DocumentText("\n".join(parts)[:MAX_CHARS], 1)


def _xlsx(data: bytes) -> DocumentText:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts, size = [], 0
    for sheet in book.worksheets[:20]:
        for row in sheet.iter_rows(max_row=5000, max_col=200, values_only=True):
            # Cells are capped one by one: a sheet whose every cell repeats one huge shared
            # string must cost what the text it yields costs, not cells x string length.
            line = " | ".join(str(v)[:MAX_CELL] for v in row if v is not None)[:MAX_CHARS]
            if line:
                parts.append(line)
                size += len(line)
            if size > MAX_CHARS:
                break
        if size > MAX_CHARS:
            break
    book.close()
    return DocumentText("\n".join(parts)[:MAX_CHARS], len(book.worksheets))


def _xls(data: bytes) -> DocumentText:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    parts = []
    size = 0
    for sheet in book.sheets()[:20]:
        for r in range(min(sheet.nrows, 5000)):
            line = " | ".join(str(v)[:MAX_CELL] for v in sheet.row_values(r, 0, 200) if v not in ("", None))
            parts.append(line[:MAX_CHARS])
            size += len(parts[-1])
            if size > MAX_CHARS:
                break
        if size > MAX_CHARS:
            break
    return DocumentText("\n".join(parts)[:MAX_CHARS], book.nsheets)


def _zip_ok(data: bytes) -> str:
    """Refuse zip bombs before an Office library inflates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile:
        return "not a valid Office file (bad zip)"
    return "expands to more than 50 MB" if total > MAX_UNZIPPED else ""


def extract_document(data: bytes, doc_type: str) -> DocumentText:
    """Text of a document; never raises, and never runs much past MAX_SECONDS."""
    start = time.monotonic()
    try:
        if doc_type == "pdf" or data[:5] == b"%PDF-":
            result = _pdf(data, start + MAX_SECONDS)
        elif doc_type in ("docx", "xlsx"):
            problem = _zip_ok(data)
            result = DocumentText(status="error", detail=problem) if problem else \
                (_docx(data) if doc_type == "docx" else _xlsx(data))
        elif doc_type == "xls":
            result = _xls(data)
        elif doc_type == "doc":
            result = DocumentText(status="unsupported",
                                  detail="old Word .doc format: publish it as PDF or DOCX to be checked")
        else:
            result = DocumentText(status="unsupported", detail=f".{doc_type} files are not read")
    except Exception as exc:  # a hostile or broken file must never stop the crawl
        result = DocumentText(status="error", detail=f"{type(exc).__name__}: {str(exc)[:200]}")
    if result.status == "ok":
        reason = garbled_reason(result.text)
        if reason:
            result.status, result.detail = "garbled", reason
        elif not result.text.strip():
            result.status, result.detail = "empty", "no text"
    result.seconds = time.monotonic() - start
    return result
