"""Serve fixture "worlds" (several web hosts) on 127.0.0.1 for the demo, tests and benchmarks.

The server is both a web server and an HTTP proxy: a crawler pointed at it with
``http_proxy`` reaches realistic hostnames (``www.example.go.th``, ``drive.google.com``)
while every byte stays on loopback. The world format is described in
tests/sites/FORMAT.md.
"""
from __future__ import annotations

import csv
import datetime
import functools
import html
import io
import mimetypes
import re
import shutil
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import yaml

from ..urls import host_key

FONT_DIRS = ("/usr/share/fonts/truetype/tlwg", "/usr/share/fonts/opentype/tlwg",
             "/usr/share/fonts/truetype/thai")
FONT_NAMES = ("Garuda.ttf", "Loma.ttf", "Norasi.ttf", "Sawasdee.ttf")
PAGE_BREAK = "---page---"
BUILD_DATE = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
NOT_FOUND = ("<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>404 ไม่พบหน้า"
             "</title></head><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>").encode()


class FixtureError(RuntimeError):
    pass


def thai_font() -> Path:
    for d in FONT_DIRS:
        for name in FONT_NAMES:
            p = Path(d) / name
            if p.is_file():
                return p
    raise FixtureError("no Thai TrueType font found: install Debian's fonts-thai-tlwg "
                       "(apt-get install fonts-thai-tlwg)")


def build_pdf(text: str, target: Path) -> None:
    import logging

    from fpdf import FPDF

    # A symbol the Thai font lacks (an arrow, say) is not worth a warning on the demo's screen.
    logging.getLogger("fpdf").setLevel(logging.ERROR)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(BUILD_DATE)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("thai", "", str(thai_font()))
    pdf.set_font("thai", size=14)
    pdf.set_title(text.strip().splitlines()[0][:120] if text.strip() else "")
    for page in text.split(PAGE_BREAK):
        pdf.add_page()
        for line in page.strip("\n").splitlines():
            pdf.multi_cell(0, 8, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def build_scanned_pdf(text: str, target: Path) -> None:
    """A PDF that is only a picture of the text, as a scanner makes it: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(thai_font()), 28)
    lines = text.strip().splitlines() or [" "]
    image = Image.new("L", (1240, 60 + 44 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((60, 40 + 44 * i), line, font=font, fill=0)
    png = target.with_suffix(".png")
    image.save(png)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(BUILD_DATE)
    pdf.add_page()
    pdf.image(str(png), x=10, y=10, w=190)
    pdf.output(str(target))
    png.unlink()


def build_docx(text: str, target: Path) -> None:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.core_properties.created = document.core_properties.modified = BUILD_DATE.replace(tzinfo=None)
    document.save(str(target))
    _fix_zip_dates(target)


def build_xlsx(text: str, target: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(text)):
        sheet.append(row)
    book.properties.created = book.properties.modified = BUILD_DATE.replace(tzinfo=None)
    book.save(str(target))
    _fix_zip_dates(target)


def _fix_zip_dates(path: Path) -> None:
    """Same source, same bytes: a world served twice must not look like changed documents."""
    import re
    import zipfile

    stamp = BUILD_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    # Writers stamp the save time into the document properties too.
    entries = [(name, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                if name == "docProps/core.xml" else data) for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=BUILD_DATE.timetuple()[:6]), data,
                         compress_type=zipfile.ZIP_DEFLATED)


def build_gzip(text: str, target: Path) -> None:
    """A gzipped text file (``sitemap.xml.gz``), fixed in time so a rebuilt world is the same."""
    import gzip

    target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


BUILDERS = {".scanned.pdf.txt": build_scanned_pdf, ".pdf.txt": build_pdf, ".docx.txt": build_docx,
            ".xlsx.csv": build_xlsx, ".gz.txt": build_gzip}


def build_world(source: Path, target: Path) -> Path:
    """Copy a world, turning document sources into real documents. Returns ``target``."""
    source, target = Path(source), Path(target)
    if target.exists():
        shutil.rmtree(target)
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        out = target / rel
        if path.is_dir():
            out.mkdir(parents=True, exist_ok=True)
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        for suffix, builder in BUILDERS.items():
            if path.name.endswith(suffix):
                built_name = path.name[: -len(suffix)] + "." + suffix.split(".")[-2]
                builder(path.read_text(encoding="utf-8"), out.with_name(built_name))
                break
        else:
            shutil.copyfile(path, out)
    return target


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes
    delay: float = 0.0      # seconds to wait before answering (a slow or hanging server)
    reset: bool = False     # drop the connection without an answer


class World:
    """The hosts of a built world and their routes."""

    def __init__(self, root: Path, default_host: str | None = None, delay: float = 0.0):
        self.root = Path(root)
        self.delay = delay     # seconds every answer waits at least (a slow shared host)
        # Keyed by host_key: a Thai host's folder (www.ตัวอย่าง.ไทย) answers its IDNA form, which
        # is what a client sends, and a host asked for with a trailing dot is the same host.
        self.hosts = {host_key(p.name): p for p in self.root.iterdir() if p.is_dir()}
        self.routes = {}
        for name, folder in self.hosts.items():
            rf = folder / "_routes.yaml"
            self.routes[name] = (yaml.safe_load(rf.read_text(encoding="utf-8")) or {}) if rf.is_file() else {}
        expected = self.root / "_expected.yaml"
        self.expected = yaml.safe_load(expected.read_text(encoding="utf-8")) if expected.is_file() else {}
        start = self.expected.get("start")
        self.hits = 0          # requests answered: tests count them to prove a re-run asked nothing
        self.log: list[tuple[float, str, str]] = []    # (time, host, target) of every request
        self._route_hits: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self.default_host = host_key(default_host or (urlsplit(start).hostname if start else None) or "") or None

    def resolve(self, host: str, target: str) -> Reply:
        """The answer to a request for ``host`` and ``target`` (path?query)."""
        host = host_key(host)
        with self._lock:
            self.hits += 1
            self.log.append((time.monotonic(), host, target))
        folder = self.hosts.get(host)
        if folder is None:
            return Reply(502, {"Content-Type": "text/plain"}, b"unknown host " + host.encode("ascii", "replace"))
        routes = self.routes[host]
        spec = routes.get(target) or routes.get(unquote(target)) or next(
            (v for k, v in routes.items() if k != "*" and k.endswith("*") and target.startswith(k[:-1])), None)
        if spec is not None:
            reply = self._serve_spec(folder, spec, host, target)
        else:
            file = self._file_for(folder, unquote(urlsplit(target).path))
            if file is not None:
                reply = Reply(200, {"Content-Type": _content_type(file)}, file.read_bytes())
            elif routes.get("*", {}).get("soft404"):
                # The "not found" page some CMSs serve with 200, echoing the address asked for.
                soft404 = self._file_for(folder, "/" + routes["*"]["soft404"])
                assert soft404 is not None, "the world's soft404 page is missing"
                page = soft404.read_text(encoding="utf-8")
                reply = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                              page.replace("{path}", html.escape(unquote(target))).encode("utf-8"))
            else:
                reply = Reply(404, {"Content-Type": "text/html; charset=utf-8"}, NOT_FOUND)
        reply.delay = max(reply.delay, self.delay)
        session = routes.get("*", {}).get("session_param")
        if session and "html" in reply.headers.get("Content-Type", ""):
            reply.body = _add_session_ids(reply.body, session)
        return reply

    def _serve_spec(self, folder: Path, spec: dict, host: str, target: str) -> Reply:
        with self._lock:
            hits = self._route_hits[(host, target)] = self._route_hits.get((host, target), 0) + 1
        if spec.get("reset"):
            return Reply(0, {}, b"", reset=True)
        if spec.get("retry_after") is not None and hits <= int(spec.get("times", 1)):
            return Reply(429, {"Retry-After": str(spec["retry_after"]), "Content-Type": "text/plain"},
                         b"Too Many Requests")
        if spec.get("bomb"):
            coding = spec.get("content_coding", "gzip")
            return Reply(200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": coding},
                         _bomb(int(spec["bomb"]), coding))
        if spec.get("generate"):
            body = GENERATORS[spec["generate"]](target).encode("utf-8")
            return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, body, delay=float(spec.get("delay", 0)))
        status, headers, body = self._spec_reply(folder, spec)
        return Reply(status, headers, body, delay=float(spec.get("delay", 0)))

    def _spec_reply(self, folder: Path, spec: dict):
        status = int(spec.get("status", 200))
        headers = {str(k): str(v) for k, v in (spec.get("headers") or {}).items()}
        if spec.get("location"):
            headers["Location"] = spec["location"]
        body = b""
        if spec.get("file"):
            file = self._file_for(folder, "/" + spec["file"])
            if file is None:
                raise FixtureError(f"{folder.name}: route file {spec['file']} does not exist")
            body = file.read_bytes()
            if spec.get("encoding"):
                body = body.decode("utf-8").encode(spec["encoding"])
            headers.setdefault("Content-Type", spec.get("content_type") or _content_type(file))
        elif status >= 400:
            body = NOT_FOUND
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
        if spec.get("content_type"):
            headers["Content-Type"] = spec["content_type"]
        return status, headers, body

    @staticmethod
    def _file_for(folder: Path, path: str) -> Path | None:
        rel = path.lstrip("/")
        candidate = (folder / rel).resolve()
        if folder.resolve() not in candidate.parents and candidate != folder.resolve():
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if candidate.is_file() and not candidate.name.startswith("_"):
            return candidate
        return None


@functools.lru_cache(maxsize=4)
def _bomb(mib: int, coding: str) -> bytes:
    """An HTML page of ``mib`` MiB (mostly spaces), compressed about a thousand times."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31 if coding == "gzip" else 15)
    parts = [packer.compress(b"<!DOCTYPE html><html lang='th'><body><p>")]
    block = b" " * (1024 * 1024)
    parts += [packer.compress(block) for _ in range(mib)]
    return b"".join(parts) + packer.flush()


_HREF = re.compile(rb'href="(/[^"#?]*)(\?[^"#]*)?"')


def _add_session_ids(body: bytes, param: str) -> bytes:
    """Put a fresh session id into every on-site link, as old PHP/JSP sites do."""
    sid = uuid.uuid4().hex.encode()
    return _HREF.sub(lambda m: b'href="' + m.group(1) + (m.group(2) + b"&" if m.group(2) else b"?")
                     + param.encode() + b"=" + sid + b'"', body)


_THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def _calendar(target: str) -> str:
    """An events calendar whose "next month" and "previous month" links never end."""
    parts = urlsplit(target)
    q = dict(parse_qsl(parts.query))
    month, year = int(q.get("month", 5) or 5), int(q.get("year", 2566) or 2566)
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    days = "".join(f"<td>{d}</td>" for d in range(1, 29))
    return (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>ปฏิทินกิจกรรม "
            f"{_THAI_MONTHS[month - 1]} {year}</title></head><body><h1>ปฏิทินกิจกรรม {_THAI_MONTHS[month - 1]} "
            f"พ.ศ. {year}</h1><a href='{parts.path}?month={prev_m}&amp;year={prev_y}'>« เดือนก่อน</a> "
            f"<a href='{parts.path}?month={next_m}&amp;year={next_y}'>เดือนถัดไป »</a>"
            f"<table><tr>{days}</tr></table><p>ไม่มีกิจกรรมในเดือนนี้</p><a href='/'>หน้าแรก</a></body></html>")


_FACETS = {"type": ["ข่าว", "ประกาศ", "จัดซื้อ", "รับสมัคร"], "year": ["2564", "2565", "2566"],
           "sort": ["new", "old", "title"], "dept": ["1", "2", "3", "4"]}


def _facets(target: str) -> str:
    """A faceted search: every result page links to every other combination of filters."""
    parts = urlsplit(target)
    q = dict(parse_qsl(parts.query))
    links = []
    for name, values in _FACETS.items():
        for value in values:
            links.append(f"<a href='{parts.path}?{html.escape(urlencode({**q, name: value}))}'>{name}: {value}</a>")
    page = int(q.get("page", 1) or 1)
    links.append(f"<a href='{parts.path}?{html.escape(urlencode({**q, 'page': page + 1}))}'>หน้าถัดไป</a>")
    chosen = ", ".join(f"{k}={v}" for k, v in sorted(q.items()))
    return (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>ค้นหา | {html.escape(chosen)}"
            f"</title></head><body><h1>ผลการค้นหา</h1><p>ตัวกรอง: {html.escape(chosen)}</p>"
            f"<p>ไม่พบรายการที่ตรงกับเงื่อนไข</p>{' '.join(links)}<a href='/'>หน้าแรก</a></body></html>")


GENERATORS = {"calendar": _calendar, "facets": _facets}


def _content_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if path.suffix.lower() in (".html", ".htm", ".php", ".asp", ".aspx", "") or guessed is None:
        return "text/html; charset=utf-8"
    if guessed.startswith("text/") or guessed in ("application/xml",):
        return f"{guessed}; charset=utf-8"
    return guessed


class Certificates:
    """A throw-away CA and the server certificates a world's HTTPS hosts present.

    Crawls of a world trust the CA (``SSL_CERT_FILE=ca_file``), as browsers trust real
    CAs, so a host marked ``tls: expired | wrong_host | self_signed`` in its routes shows
    the certificate faults common on agency servers, and every other host is valid.
    """

    def __init__(self, workdir: Path, hosts: list[str]):
        from cryptography.hazmat.primitives.asymmetric import ec

        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        self.ca_cert = self._cert("oitcrawler fixture CA", self.ca_key.public_key(), self.ca_key, ca=True)
        self.ca_file = self.dir / "fixture-ca.pem"
        self.ca_file.write_bytes(self._pem(self.ca_cert))
        self.hosts = hosts
        self._contexts: dict[str, object] = {}

    @staticmethod
    def _pem(cert) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return cert.public_bytes(serialization.Encoding.PEM)

    def _cert(self, name: str, public_key, signing_key, ca: bool = False, sans=(), expired: bool = False,
              issuer=None):
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.x509.oid import NameOID

        now = datetime.datetime.now(datetime.timezone.utc)
        start, end = (now - datetime.timedelta(days=400), now - datetime.timedelta(days=30)) if expired else \
            (now - datetime.timedelta(days=1), now + datetime.timedelta(days=90))
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        builder = (x509.CertificateBuilder().subject_name(subject)
                   .issuer_name(issuer.subject if issuer is not None else subject)
                   .public_key(public_key).serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(end)
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(
                [x509.DNSName(h) for h in sans]), critical=False)
        return builder.sign(signing_key, hashes.SHA256())

    def context(self, host: str, kind: str = "valid"):
        import ssl

        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        if kind not in self._contexts:
            key = ec.generate_private_key(ec.SECP256R1())
            if kind == "self_signed":
                cert = self._cert(host, key.public_key(), key, sans=[host])
            else:
                sans = ["wrong-host.example.go.th"] if kind == "wrong_host" else [*self.hosts, "localhost"]
                cert = self._cert(sans[0], key.public_key(), self.ca_key, sans=sans, expired=kind == "expired",
                                  issuer=self.ca_cert)
            cert_file, key_file = self.dir / f"{kind}-cert.pem", self.dir / f"{kind}-key.pem"
            cert_file.write_bytes(self._pem(cert))
            key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert_file, key_file)
            self._contexts[kind] = context
        return self._contexts[kind]


def _handler(world: World, tls: Certificates):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle on, every keep-alive request
        # after the first would wait for the client's delayed ACK (~40 ms).
        disable_nagle_algorithm = True
        server_version = "oitcrawler-fixture/1"

        def log_message(self, *args):  # fixture traffic would drown test output
            pass

        def do_CONNECT(self):
            # HTTPS through the proxy: answer the tunnel, then speak TLS with a self-signed
            # certificate and serve the tunnelled requests for that host.
            host = host_key(self.path.rsplit(":", 1)[0])
            if host not in world.hosts:
                self._reply(502, {"Content-Type": "text/plain"}, b"unknown host")
                return
            self.send_response(200, "Connection established")
            self.end_headers()
            self.wfile.flush()
            kind = world.routes[host].get("*", {}).get("tls", "valid")
            try:
                self.connection = tls.context(host, kind).wrap_socket(self.connection, server_side=True)
            except (OSError, ValueError):
                self.close_connection = True
                return
            self.rfile = self.connection.makefile("rb", self.rbufsize)
            self.wfile = self.connection.makefile("wb", 0)
            self.tunnel_host = host
            self.close_connection = False

        def do_HEAD(self):
            self.do_GET(head=True)

        def do_GET(self, head=False):
            if getattr(self, "tunnel_host", None):
                host, target = self.tunnel_host, self.path
            elif self.path.startswith(("http://", "https://")):
                parts = urlsplit(self.path)
                host, port = (parts.hostname or "").lower(), parts.port
                target = parts.path or "/"
                if parts.query:
                    target += "?" + parts.query
            else:
                host_header = self.headers.get("Host", "")
                host, _, port = host_header.rpartition(":") if ":" in host_header else (host_header, "", "")
                host = host.lower()
                target = self.path
            if host in ("127.0.0.1", "localhost") and world.default_host:
                host = world.default_host
            reply = world.resolve(host, target)
            if reply.delay:
                time.sleep(reply.delay)
            if reply.reset:
                # SO_LINGER 0: close with a TCP reset, as an overloaded server or middlebox does.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            self._reply(reply.status, reply.headers, b"" if head else reply.body, length=len(reply.body))

        def _reply(self, status, headers, body, length=None):
            self.send_response(status)
            headers.setdefault("Date", formatdate(usegmt=True))
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            if body:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 1024   # a crawler opens dozens of connections at once
    def handle_error(self, request, client_address):
        import sys

        # Clients hanging up (a browser closing its sockets, a crawler's timeout) are normal here.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class FixtureServer:
    """A running world: ``proxy_url`` is what the crawler's ``http_proxy`` should be."""

    def __init__(self, world_dir: Path, build_dir: Path, default_host: str | None = None, port: int = 0,
                 delay: float = 0.0):
        self.world = World(build_world(world_dir, build_dir), default_host, delay)
        self.certificates = Certificates(Path(build_dir).parent / "tls", sorted(self.world.hosts))
        self.httpd = _QuietServer(("127.0.0.1", port), _handler(self.world, self.certificates))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.proxy_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def expected(self) -> dict:
        return self.world.expected

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def env(self) -> dict:
        """Environment for a crawler of this world: the proxy, and the world's CA trusted."""
        import os

        env = dict(os.environ, http_proxy=self.proxy_url, https_proxy=self.proxy_url,
                   SSL_CERT_FILE=str(self.certificates.ca_file))
        for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY"):
            env.pop(name, None)
        return env

    def crawl(self, start: str, out_dir: Path, *extra: str, timeout: float = 600) -> tuple[int, str]:
        """Run ``oitcrawler crawl`` on ``start`` in a child process, through the proxy.

        A child process is used because Twisted's reactor cannot be restarted inside one process.
        """
        import subprocess
        import sys

        args = [sys.executable, "-m", "oitcrawler", "crawl", start, "--out", str(out_dir),
                "--quiet", "--checklist", str(self.expected.get("checklist", "ita-2566"))]
        if self.expected.get("as_of"):
            args += ["--as-of", str(self.expected["as_of"])]
        if "--db" not in extra:
            args.append("--no-history")
        proc = subprocess.run(args + list(extra), env=self.env(), capture_output=True, text=True, timeout=timeout)
        return proc.returncode, proc.stdout + proc.stderr


def crawl_world(world_dir: Path, out_dir: Path, *extra: str, timeout: float = 600) -> tuple[int, dict, str]:
    """Serve a world and crawl its start URL in a child process (see FixtureServer.crawl).

    Returns (exit code, expected ground truth, combined output).
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="oitcrawler-world-") as tmp, \
            FixtureServer(Path(world_dir), Path(tmp) / "site") as server:
        code, output = server.crawl(server.expected["start"], out_dir, *extra, timeout=timeout)
        return code, server.expected, output
