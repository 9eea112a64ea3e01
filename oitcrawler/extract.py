"""Turn a fetched HTML page into a page record (plain data, no Scrapy).

A page record keeps what matching needs and nothing else: title, headings, text, the
links with their anchor text, attributes and the label text that precedes them, and a
linear sequence of *blocks* (headings, text, table rows, links in document order) that
the hub segmenter walks. Hidden elements (accordions, ``display:none`` lists) are kept:
hidden in the HTML is still content.
"""
from __future__ import annotations

import hashlib
import re
import time
from typing import cast
from urllib.parse import urldefrag, urljoin, urlsplit

import charset_normalizer
import lxml.html
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from .diagnose import block_reason
from .render import render_reason
from .schema import Block, Link, PageFields
from .thai import clean
from .traps import text_fingerprint
from .urls import strip_session

MAX_TEXT = 200_000
MAX_LINKS = 5_000
MAX_BLOCKS = 20_000
MAX_LABEL = 300
_PARSER = lxml.html.HTMLParser(huge_tree=True)

_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "caption", "legend", "th", "button"}
_EMPHASIS_TAGS = {"strong", "b"}
_SKIP_TAGS = {"script", "style", "svg", "head"}
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "section", "article",
               "header", "footer", "nav", "aside", "main", "dl", "dt", "dd", "details", "summary",
               "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "form", "blockquote", "caption",
               "figure", "figcaption", "legend", "fieldset", "button", "label", "option", "body"}
_ATTR_NAMES = ("title", "alt", "aria-label")
# Windows-874 spellings w3lib does not know (it knows tis-620, iso-8859-11, windows-874).
_CHARSET_ALIASES = {"x-windows-874": "cp874", "dos-874": "cp874"}
_URLISH = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.I)


def _codec(name: str | None) -> str | None:
    """A text codec for a declared charset name; a server may declare anything ("punycode", "undefined")."""
    if not name:
        return None
    name = name.strip().lower()
    codec = _CHARSET_ALIASES.get(name) or resolve_encoding(name)
    return codec if codec and codec not in _NOT_PAGE_CODECS else None


_NOT_PAGE_CODECS = {"punycode", "idna", "undefined", "raw_unicode_escape", "unicode_escape", "rot-13"}


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode by BOM, then HTTP header, then meta charset, then UTF-8, then detection.

    w3lib reads the declarations; unlike its ``html_to_unicode``, a declared charset
    that fails on the bytes falls through to the next step, because Thai sites still
    serve TIS-620/windows-874 pages declared as UTF-8, or with no declaration at all.
    """
    by_bom, bom = read_bom(body)
    if bom:
        body = body[len(bom):]
    declared = (by_bom, http_content_type_encoding(content_type), html_body_declared_encoding(body[:4096]), "utf-8")
    for enc in filter(None, map(_codec, declared)):
        try:
            return body.decode(enc), enc
        except (UnicodeError, LookupError):
            continue
    thai = body.decode("cp874", errors="replace")
    high = [c for c in thai if ord(c) > 127]
    if high and sum("\u0e00" <= c <= "\u0e7f" for c in high) / len(high) > 0.9:
        return thai, "cp874"
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        enc = _codec(best.encoding) or "cp874"
        return body.decode(enc, errors="replace"), enc
    return body.decode("cp874", errors="replace"), "cp874"


class _Walker:
    """Walks the DOM once in document order, emitting text blocks, rows and links."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.images: list[dict] = []
        self.iframes: list[str] = []
        self.forms: list[dict] = []
        self.buffer: list[tuple[str, bool]] = []
        self.buffer_depth = 0
        self.buffer_nav = False
        self.last_label = ""
        self.row_label: str | None = None

    # text accumulation -------------------------------------------------------
    def add_text(self, text: str | None, emphasis: bool, depth: int = 0, nav: bool = False):
        if text and text.strip():
            if not self.buffer:
                self.buffer_depth, self.buffer_nav = depth, nav
            self.buffer.append((text, emphasis))

    def flush(self, heading_level: int = 0, depth: int | None = None):
        """End the text block being read; ``depth``: nesting depth of the element that holds it."""
        if not self.buffer:
            return
        text = clean(" ".join(t for t, _ in self.buffer))
        emphasised = all(e for _, e in self.buffer)
        self.buffer = []
        if not text or len(self.blocks) >= MAX_BLOCKS:
            return
        # depth: how deeply the text is nested; a heading nested inside an item's section
        # (a quarter under an accordion's item) is a sub-heading, not the next item.
        block: Block = {"kind": "heading" if heading_level or emphasised else "text", "text": text[:1000],
                        "depth": self.buffer_depth if depth is None else min(depth, self.buffer_depth)}
        if heading_level:
            block["level"] = heading_level
        if self.buffer_nav:
            block["nav"] = True
        self.blocks.append(block)
        if text.strip(" -–—•·>»:") and self.row_label is None and not _URLISH.match(text):
            self.last_label = text[:MAX_LABEL]

    # DOM walk ------------------------------------------------------------------
    def walk(self, root, emphasis=False, heading=0):
        # An explicit stack, not recursion: broken templates nest thousands of unclosed tags.
        stack = [("node", root, emphasis, heading, 0, False)]
        while stack:
            action, el, emphasis, heading, depth, nav = stack.pop()
            if action == "tail":
                self.add_text(el, emphasis, depth, nav)
                continue
            if action == "close":
                self.flush(heading, depth)
                continue
            tag = el.tag if isinstance(el.tag, str) else ""
            tag = tag.lower()
            if tag in _SKIP_TAGS or not tag:
                if el.tail and tag:
                    self.add_text(el.tail, emphasis, depth, nav)
                continue
            inside_nav = nav or _is_navigation(el)
            # Text waiting when a block, link or row starts belongs to the element around it.
            if tag == "a" and el.get("href") is not None:
                self.flush(heading, depth - 1)
                self.link(el, heading, depth)
                continue
            if tag == "tr" and _is_data_row(el):
                self.flush(heading, depth - 1)
                self.row(el, depth)
                continue
            is_block = tag in _BLOCK_TAGS
            level = heading
            if tag in _HEADING_TAGS:
                level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 6
            if is_block:
                self.flush(heading, depth - 1)
            if tag == "img":
                self.flush(heading, depth - 1)
                self.image(el)
            elif tag == "iframe" and el.get("src"):
                self.iframes.append(_absolute(self.base_url, el.get("src").strip()))
            elif tag == "form":
                self.form(el)
            inner = emphasis or tag in _EMPHASIS_TAGS
            self.add_text(el.text, inner, depth, inside_nav)
            if is_block:
                stack.append(("close", None, inner, level, depth, inside_nav))
            for child in reversed(el):
                if child.tail:
                    stack.append(("tail", child.tail, inner, level, depth, inside_nav))
                stack.append(("node", child, inner, level, depth + 1, inside_nav))

    def row(self, tr, depth: int):
        tds = [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
        # itertext keeps <br>-separated lines apart ("นายสมพงษ์ คำภูมี" / "รองนายก…").
        cells = [clean(" ".join(td.itertext())) for td in tds]
        if not any(cells):
            return
        is_header = all(isinstance(c.tag, str) and c.tag.lower() == "th" for c in tr
                        if isinstance(c.tag, str))
        label_parts = []
        for td in tr:
            if isinstance(td.tag, str) and td.tag.lower() in ("td", "th"):
                anchors = " ".join(clean(" ".join(a.itertext())) for a in td.iter("a"))
                text = clean(" ".join(td.itertext()))
                if text and text != anchors:
                    label_parts.append(text)
        self.blocks.append({"kind": "row", "cells": [c[:1000] for c in cells], "header": is_header,
                            "cell_images": [len(td.findall(".//img")) for td in tds], "depth": depth,
                            "cell_links": [sum(1 for a in td.iter("a") if a.get("href") is not None) for td in tds]})
        previous = self.row_label
        self.row_label = " ".join(label_parts)[:MAX_LABEL]
        for td in tr:
            if isinstance(td.tag, str):
                for child in td.iter():
                    tag = child.tag.lower() if isinstance(child.tag, str) else ""
                    if tag == "a" and child.get("href") is not None:
                        self.link(child, 0, depth + 2)
                    elif tag == "img" and next(child.iterancestors("a"), None) is None:   # (a link adds its own)
                        self.image(child)
                    elif tag == "form":
                        self.form(child)
                    elif tag == "iframe" and child.get("src"):
                        self.iframes.append(_absolute(self.base_url, child.get("src").strip()))
        self.row_label = previous

    def link(self, a, heading, depth: int = 0):
        if len(self.links) >= MAX_LINKS:
            return
        raw = (a.get("href") or "").strip()
        attrs = [a.get(n) for n in _ATTR_NAMES if a.get(n)]
        for img in a.iter("img"):
            attrs.extend(img.get(n) for n in ("alt", "title", "aria-label") if img.get(n))
            self.image(img)
        text = clean(a.text_content())
        label = self.row_label if self.row_label is not None else self.last_label
        near = [p for _, p in zip(range(3), a.iterancestors())] + list(a.iter())[:8]
        emphasised = any(isinstance(p.tag, str) and p.tag.lower() in _EMPHASIS_TAGS | _HEADING_TAGS
                         for p in near)
        link: Link = {
            "href": _absolute(self.base_url, raw),
            "raw": raw[:2000],
            "text": text[:MAX_LABEL],
            "attrs": clean(" ".join(attrs))[:MAX_LABEL],
            "label": label,
            "group": _list_labels(a),
            "nav": _in_navigation(a),
            "emphasis": bool(emphasised or heading),
            "in_row": self.row_label is not None,
        }
        self.links.append(link)
        self.blocks.append({"kind": "link", "link": len(self.links) - 1, "depth": depth})
        if text and self.row_label is None and _goes_nowhere(raw):
            # A toggle or "#!" anchor carries the label of the file link beside it.
            self.last_label = text[:MAX_LABEL]

    def image(self, img):
        if len(self.images) < 500 and img.get("src"):
            self.images.append({"src": _absolute(self.base_url, img.get("src").strip()),
                                "alt": clean(img.get("alt") or img.get("title") or "")[:200]})
            if len(self.blocks) < MAX_BLOCKS:
                # Person blocks (executives) are recognised by a photo next to a name.
                self.blocks.append({"kind": "image", "image": len(self.images) - 1})

    def form(self, form):
        if len(self.forms) < 50:
            fields = [f for f in form.iter("input", "textarea", "select")
                      if (f.get("type") or "").lower() not in ("hidden", "submit", "button")]
            self.forms.append({"action": _absolute(self.base_url, form.get("action") or ""),
                               "fields": len(fields),
                               "textarea": any(f.tag == "textarea" for f in fields)})


def _is_data_row(tr) -> bool:
    """A row of a data table, not a cell of a page-layout table (old CMS templates use those).

    A data row's links may sit deep in nested lists; a layout row holds another table, or a
    whole page's worth of links and text.
    """
    if tr.find(".//table") is not None or tr.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//form|.//nav|.//iframe"):
        return False
    return len(tr.xpath(".//a")) <= 40 and len(tr.text_content()) < 4000


def _goes_nowhere(raw: str) -> bool:
    """An href that opens nothing: empty, an in-page anchor, or a script."""
    return not raw or raw.startswith("#") and not raw.startswith(("#/", "#!/")) or \
        raw.lower().startswith("javascript:")


_NAV_TAGS = {"nav", "header", "footer"}
_NAV_TOKENS = {"nav", "navbar", "navigation", "menu", "mainmenu", "main-menu", "topmenu", "dropdown-menu", "submenu",
               "footer", "site-footer", "breadcrumb", "breadcrumbs", "topbar",
               # A blog theme's sidebar and footer widgets: latest news, links, the address.
               "widget-area", "footer-widgets", "footer-widget"}


def _is_navigation(el) -> bool:
    """One of the site's menus, header, footer, breadcrumb or sidebar widgets: the template, not content."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _NAV_TAGS or (el.get("role") or "").lower() == "navigation":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    return any(n in _NAV_TOKENS or n.endswith(("-menu", "-nav", "navbar")) for n in names)


def _in_navigation(a) -> bool:
    return any(_is_navigation(ancestor) for ancestor in a.iterancestors())


def _list_labels(a) -> str:
    """The labels of the lists a link sits in: "ไตรมาสที่ 1" of <li>ไตรมาสที่ 1<ul><li><a>…"."""
    labels = []
    for ancestor in a.iterancestors():
        tag = ancestor.tag.lower() if isinstance(ancestor.tag, str) else ""
        if tag in ("td", "th", "table", "body", "section", "article", "main", "nav"):
            break
        if tag == "li" and ancestor is not a.getparent():
            own = clean(ancestor.text or "")
            if own:
                labels.append(own)
        if len(labels) >= 3:
            break
    return " › ".join(reversed(labels))[:MAX_LABEL]


def _absolute(base: str, href: str) -> str:
    """An absolute http(s) URL, the href itself for javascript:/mailto:/tel:/data:, or ""."""
    if not href or href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return href
    try:
        url = urljoin(base, href)
        _ = urlsplit(url).port    # "http://[x/" and bad ports raise here, not later
    except ValueError:
        return ""
    if not url.lower().startswith(("http://", "https://")):
        return ""
    # A session id in every link would make each page a new URL, and evidence URLs
    # that expire: links are kept without them.
    return strip_session(url)


def parse_html(text: str, url: str) -> PageFields:
    """Page content as plain data: title, headings, text, links, blocks, images, forms."""
    try:
        # huge_tree: libxml2 otherwise drops everything after 256 unclosed tags (broken CMS templates).
        root = lxml.html.document_fromstring(text or "<html></html>", parser=_PARSER)
    except (etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html></html>")
    base = url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = _absolute(url, base_el.get("href").strip())
        if not base.lower().startswith(("http://", "https://")):
            base = url    # an empty or javascript: base is ignored, as browsers do
    title_el = root.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None else ""
    body = root.find("body")
    walker = _Walker(base)
    walker.walk(body if body is not None else root)
    walker.flush()
    headings = [[b["level"], b["text"]] for b in walker.blocks
                if b["kind"] == "heading" and b.get("level")][:500]
    text_parts = []
    size = 0
    for b in walker.blocks:
        if b["kind"] == "link":
            link = walker.links[b["link"]]
            piece = "" if link["in_row"] else link["text"]
        elif b["kind"] == "row":
            piece = " | ".join(b["cells"])
        else:
            piece = b.get("text", "")
        if piece:
            text_parts.append(piece)
            size += len(piece) + 1
            if size > MAX_TEXT:
                break
    meta_refresh = root.xpath("//meta[translate(@http-equiv,'REFSH','refsh')='refresh']/@content")
    return {
        "title": title[:500],
        "headings": headings,
        "text": "\n".join(text_parts)[:MAX_TEXT],
        "links": walker.links,
        "blocks": walker.blocks,
        "images": walker.images,
        "iframes": walker.iframes[:50],
        "forms": walker.forms,
        "refresh": meta_refresh[0][:500] if meta_refresh else "",
    }


def strip_fragment(url: str) -> str:
    return urldefrag(url)[0]


def page_fields(body: bytes, content_type: str, url: str, status: int) -> dict:
    """Everything a page record holds that comes from the response body.

    Run in a worker process (oitcrawler.workers): the parsed content, its fingerprints,
    and two verdicts the crawler acts on: ``blocked`` (a WAF or CAPTCHA page) and
    ``render_reason`` (the server HTML is a JavaScript shell). ``seconds`` is the work
    time, summed into the report's parse stage.
    """
    started = time.perf_counter()
    text, encoding = decode_html(body, content_type)
    fields: dict = dict(parse_html(text, url))
    fields.update(encoding=encoding, size=len(body), sha256=hashlib.sha256(body).hexdigest(),
                  fingerprint=text_fingerprint(fields["text"], url),
                  shape=text_fingerprint(fields["text"], url, numbers=False))
    fields["blocked"] = block_reason(status, fields["title"], fields["text"], text[:20000], len(fields["links"]))
    fields["render_reason"] = render_reason(cast(PageFields, fields), body)
    fields["seconds"] = time.perf_counter() - started
    return fields
