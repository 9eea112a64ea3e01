"""Why a site could not be seen (fully): the problem codes and their Thai/English texts.

What the crawl met at the edge (a fetch failure classified in spiders/network.py, a WAF
page recognised here, a certificate a browser would refuse) becomes a problem code. The
report's site status and the command's exit code follow from the code; an item on a
page that could not be seen is ``not_assessed``, never ``missing``. Pure: no network.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .schema import CrawlFacts


@dataclass(frozen=True)
class Problem:
    status: str          # the site status it leads to: unreachable | blocked | partial
    message_th: str
    message_en: str


# {detail} is what was met: the host, the error, the page title, the redirect target. Thai
# messages quote it only where it reads the same in Thai (a number, a URL, an HTTP status):
# a network library's English error text stays on the English side.
PROBLEMS = {
    "invalid_url": Problem("unreachable", "ที่อยู่เว็บไซต์ไม่ถูกต้อง ({detail})",
                           "The website address is not valid ({detail})"),
    "dns_failure": Problem("unreachable", "ไม่พบชื่อโดเมนนี้ในระบบ DNS ตรวจการสะกดหรือการจดทะเบียนโดเมน",
                           "The host name does not resolve in DNS ({detail}); check its spelling and registration"),
    "connection_refused": Problem("unreachable", "เครื่องแม่ข่ายปฏิเสธการเชื่อมต่อ เว็บไซต์อาจปิดอยู่",
                                  "The server refused the connection ({detail}); the website may be down"),
    "connection_reset": Problem("unreachable", "การเชื่อมต่อถูกตัดกลางคัน",
                                "The connection was reset or dropped ({detail})"),
    "timeout": Problem("unreachable", "เว็บไซต์ไม่ตอบสนองภายในเวลาที่กำหนด",
                       "The website did not answer in time ({detail})"),
    "tls_error": Problem("unreachable",
                         "ใบรับรองความปลอดภัย (SSL/TLS) ของเว็บไซต์ไม่ถูกต้อง (หมดอายุ ออกให้ชื่ออื่น "
                         "หรือไม่ได้ออกโดยผู้ออกที่เชื่อถือได้) เบราว์เซอร์ของผู้ประเมินจะขึ้นคำเตือน "
                         "แก้ใบรับรอง หรือใช้ --insecure เพื่อตรวจต่อ",
                         "The website's SSL/TLS certificate is not valid: {detail}. Assessors' browsers will "
                         "warn; fix the certificate, or use --insecure to check the site anyway"),
    "server_error": Problem("unreachable", "เครื่องแม่ข่ายตอบกลับข้อผิดพลาด ({detail})",
                            "The server answered with an error ({detail})"),
    "redirect_loop": Problem("unreachable", "หน้าแรกส่งต่อ (redirect) วนไม่สิ้นสุด",
                             "The home page redirects in a loop ({detail})"),
    "off_site_redirect": Problem("unreachable",
                                 "ที่อยู่ที่ให้ไว้ส่งต่อไปยังโดเมนอื่น ({detail}) หลักฐาน ITA ต้องอยู่บนเว็บไซต์หลัก "
                                 "หากนั่นคือเว็บไซต์หลักของหน่วยงาน ให้ตรวจด้วยที่อยู่นั้น",
                                 "The address given redirects to another domain ({detail}); ITA evidence must be on "
                                 "the main website: if that is the agency's main website, check that address"),
    "redirect_broken": Problem("unreachable", "หน้าแรกส่งต่อ (redirect) ไปยังที่อยู่ที่เบราว์เซอร์เปิดไม่ได้ ({detail})",
                               "The home page redirects to no address a browser can open ({detail})"),
    "too_large": Problem("unreachable", "หน้าเว็บมีขนาดเกินขีดจำกัดการดาวน์โหลด ({detail}) อาจเป็นข้อมูลบีบอัดที่ขยายตัวผิดปกติ",
                         "The page is larger than the download cap ({detail}), possibly a compressed body that "
                         "expands without end"),
    "not_html": Problem("unreachable", "ที่อยู่ที่ให้ไว้ไม่ใช่หน้าเว็บ ({detail})",
                        "The address given is not a web page ({detail})"),
    "waf_block": Problem("blocked", "ระบบป้องกันเว็บไซต์ (WAF/CAPTCHA) ปิดกั้นการตรวจ ขอให้ผู้ดูแลอนุญาต "
                         "User-Agent ของ oitcrawler หรือหมายเลข IP ที่ใช้ตรวจ",
                         "A web application firewall or CAPTCHA blocked the check ({detail}); ask the web admin "
                         "to allow oitcrawler's User-Agent or the checking IP address"),
    "forbidden": Problem("blocked", "เครื่องแม่ข่ายไม่อนุญาตให้เข้าถึง ({detail})",
                         "The server refused access ({detail})"),
    "rate_limited": Problem("blocked", "เครื่องแม่ข่ายจำกัดความถี่การเข้าถึง ({detail}) ลองตรวจใหม่โดยตั้ง "
                            "-s DOWNLOAD_DELAY=2",
                            "The server rate-limited the check ({detail}); try again with -s DOWNLOAD_DELAY=2"),
    "robots_disallow": Problem("blocked", "ไฟล์ robots.txt ของเว็บไซต์ไม่อนุญาตให้ตรวจ ({detail}) หากเป็นเว็บไซต์ของ"
                               "หน่วยงานเอง ใช้ --ignore-robots",
                               "The site's robots.txt disallows the check ({detail}); for the agency's own "
                               "site use --ignore-robots"),
    "pages_unseen": Problem("partial", "มี {detail} หน้าที่ดึงไม่ได้ในขณะตรวจ ข้อที่ไม่พบจึงยังสรุปไม่ได้ว่าไม่มี",
                            "{detail} pages could not be fetched; items not found cannot be called missing"),
    "pages_unparsed": Problem("partial", "มี {detail} หน้าหรือเอกสารที่ดึงมาได้แต่อ่านเนื้อหาไม่ได้ (ตัวอ่านหยุดหรือล้มเหลว) "
                              "ข้อที่ไม่พบจึงยังสรุปไม่ได้ว่าไม่มี",
                              "{detail} pages or documents were fetched but could not be read (their reader stopped "
                              "or failed); items not found cannot be called missing"),
    "render_unavailable": Problem("partial", "มี {detail} หน้าที่สร้างด้วย JavaScript แต่ไม่ได้เปิดด้วยเบราว์เซอร์ (--render never "
                                  "หรือไม่พบ Chromium) ข้อที่ไม่พบจึงยังสรุปไม่ได้ว่าไม่มี",
                                  "{detail} pages are built by JavaScript but were not rendered (--render never, or "
                                  "Chromium is not installed); items not found cannot be called missing"),
    "limit_reached": Problem("partial", "ถึงขีดจำกัดการตรวจ ({detail}) ก่อนครบทั้งเว็บไซต์",
                             "The crawl limit ({detail}) was reached before the whole site was seen"),
    "interrupted": Problem("partial", "การตรวจถูกหยุดกลางคัน ตรวจต่อด้วย --resume",
                           "The crawl was interrupted ({detail}); continue it with --resume"),
}


def problem(code: str, detail: str = "") -> dict:
    """The report's ``site_problem`` entry for a code."""
    spec = PROBLEMS[code]
    detail = " ".join(str(detail).split())[:200]
    return {"code": code, "status": spec.status, "detail": detail,
            "message_th": spec.message_th.format(detail=detail),
            "message_en": spec.message_en.format(detail=detail)}


# Block pages of the WAFs and CDNs Thai agencies sit behind, and generic challenge pages.
_BLOCK_MARKERS = re.compile(
    r"attention required! \| cloudflare|just a moment\.\.\.|cf-chl|cf-browser-verification|cf-turnstile|"
    r"checking your browser|ddos-guard|request rejected|the requested url was rejected|"
    r"your support id is|incapsula incident|_incapsula_resource|sucuri website firewall|"
    r"access denied.{0,200}reference #|mod_security|not acceptable!|web application firewall|"
    r"g-recaptcha|h-captcha|hcaptcha|captcha|are you a robot|verify you are human|"
    r"ไม่ใช่โปรแกรมอัตโนมัติ|ยืนยันว่าคุณไม่ใช่|ตรวจพบการเข้าถึงที่ผิดปกติ|ระบบปฏิเสธการเข้าถึง",
    re.I | re.S)
# A real page with a reCAPTCHA (a complaint form) has a menu and content; a block page has neither.
_BLOCK_MAX_LINKS = 5
_BLOCK_MAX_TEXT = 1500


def block_reason(status: int, title: str, text: str, raw_head: str, links: int) -> str:
    """Why a response is a WAF/CAPTCHA block page rather than the site's content, or ""."""
    if status in (403, 406, 429, 503):
        prefix = f"HTTP {status}"
    elif status == 200 and links <= _BLOCK_MAX_LINKS and len(text) <= _BLOCK_MAX_TEXT:
        prefix = "HTTP 200 challenge page"
    else:
        return ""   # searching every ordinary page for the markers was a tenth of the crawl's time
    match = _BLOCK_MARKERS.search(f"{title}\n{text[:5000]}\n{raw_head[:20000]}")
    return f"{prefix}: {match.group(0)[:60]}" if match else ""


def start_problem(meta: CrawlFacts) -> dict | None:
    """The problem that kept the whole site from being assessed, from the spider's meta."""
    if meta.get("tls_problem") and not meta.get("insecure"):
        return problem("tls_error", meta["tls_problem"])
    if meta.get("start_error_code"):
        return problem(meta["start_error_code"], meta.get("start_error", ""))
    if meta.get("robots_blocked"):
        return problem("robots_disallow", meta.get("start_url", "") + " ← robots.txt")
    if meta.get("start_blocked"):
        return problem("waf_block", meta["start_blocked"])
    if meta.get("off_site_redirect"):
        return problem("off_site_redirect", meta["off_site_redirect"])
    if meta.get("start_redirect"):
        return problem("redirect_broken", meta["start_redirect"])
    status = meta.get("start_status")
    if status == 429:
        return problem("rate_limited", "HTTP 429")
    if status in (401, 403, 406):
        return problem("forbidden", f"HTTP {status}")
    if status and status >= 400:
        return problem("server_error", f"HTTP {status}")
    if meta.get("start_not_html"):
        return problem("not_html", meta["start_not_html"])
    if meta.get("start_error"):
        return problem("connection_reset", meta["start_error"])
    return None


def coverage_problem(meta: CrawlFacts) -> dict | None:
    """Why a crawl that did start saw only part of the site, or None."""
    if meta.get("interrupted"):
        return problem("interrupted", meta["interrupted"])
    if meta.get("pages_failed"):
        return problem("pages_unseen", str(meta["pages_failed"]))
    if meta.get("pages_unparsed"):
        return problem("pages_unparsed", str(meta["pages_unparsed"]))
    if meta.get("render_unavailable"):
        return problem("render_unavailable", str(meta["render_unavailable"]))
    if meta.get("limit_reached"):
        return problem("limit_reached", meta.get("limit_detail", "--max-pages / --max-depth"))
    return None
