"""Serve fixture "worlds" (several web hosts) on 127.0.0.1 for the demo, tests and benchmarks.

The server is both a web server and an HTTP proxy: a crawler pointed at it with
``http_proxy`` reaches realistic hostnames (``www.example.go.th``, ``drive.google.com``)
while every byte stays on loopback. The world format is described in
tests/sites/FORMAT.md.
"""
from __future__ import annotations

import csv
import datetime
import io
import mimetypes
import shutil
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

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
    import zipfile

    import re

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


BUILDERS = {".scanned.pdf.txt": build_scanned_pdf, ".pdf.txt": build_pdf, ".docx.txt": build_docx,
            ".xlsx.csv": build_xlsx}


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


class World:
    """The hosts of a built world and their routes."""

    def __init__(self, root: Path, default_host: str | None = None):
        self.root = Path(root)
        self.hosts = {p.name.lower(): p for p in self.root.iterdir() if p.is_dir()}
        self.routes = {}
        for name, folder in self.hosts.items():
            rf = folder / "_routes.yaml"
            self.routes[name] = (yaml.safe_load(rf.read_text(encoding="utf-8")) or {}) if rf.is_file() else {}
        expected = self.root / "_expected.yaml"
        self.expected = yaml.safe_load(expected.read_text(encoding="utf-8")) if expected.is_file() else {}
        start = self.expected.get("start")
        self.hits = 0          # requests answered: tests count them to prove a re-run asked nothing
        self._lock = threading.Lock()
        self.default_host = default_host or (urlsplit(start).hostname if start else None)

    def resolve(self, host: str, target: str):
        """Return (status, headers, body) for a request to ``host`` and ``target`` (path?query)."""
        with self._lock:
            self.hits += 1
        folder = self.hosts.get(host)
        if folder is None:
            return 502, {"Content-Type": "text/plain"}, b"unknown host " + host.encode("ascii", "replace")
        spec = self.routes[host].get(target) or self.routes[host].get(unquote(target))
        if spec is not None:
            return self._serve_spec(folder, spec)
        path = unquote(urlsplit(target).path)
        file = self._file_for(folder, path)
        if file is None:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, NOT_FOUND
        return 200, {"Content-Type": _content_type(file)}, file.read_bytes()

    def _serve_spec(self, folder: Path, spec: dict):
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


def _content_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if path.suffix.lower() in (".html", ".htm", ".php", ".asp", ".aspx", "") or guessed is None:
        return "text/html; charset=utf-8"
    if guessed.startswith("text/") or guessed in ("application/xml",):
        return f"{guessed}; charset=utf-8"
    return guessed


def self_signed_context(workdir: Path):
    """An SSL server context with a throw-away self-signed certificate (like many agency hosts)."""
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "oitcrawler fixture")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
    cert_file, key_file = workdir / "fixture-cert.pem", workdir / "fixture-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def _handler(world: World, tls=None):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "oitcrawler-fixture/1"

        def log_message(self, *args):  # fixture traffic would drown test output
            pass

        def do_CONNECT(self):
            # HTTPS through the proxy: answer the tunnel, then speak TLS with a self-signed
            # certificate and serve the tunnelled requests for that host.
            host = self.path.rsplit(":", 1)[0].lower()
            if host not in world.hosts or tls is None:
                self._reply(502, {"Content-Type": "text/plain"}, b"unknown host")
                return
            self.send_response(200, "Connection established")
            self.end_headers()
            self.wfile.flush()
            try:
                self.connection = tls.wrap_socket(self.connection, server_side=True)
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
            status, headers, body = world.resolve(host, target)
            self._reply(status, headers, b"" if head else body, length=len(body))

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


class FixtureServer:
    """A running world: ``proxy_url`` is what the crawler's ``http_proxy`` should be."""

    def __init__(self, world_dir: Path, build_dir: Path, default_host: str | None = None):
        self.world = World(build_world(world_dir, build_dir), default_host)
        tls = self_signed_context(Path(build_dir).parent)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.world, tls))
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


def crawl_world(world_dir: Path, out_dir: Path, *extra: str, timeout: float = 600) -> tuple[int, dict, str]:
    """Serve a world and run ``oitcrawler crawl`` on it in a child process, through the proxy.

    Returns (exit code, expected ground truth, combined output). A child process is used
    because Twisted's reactor cannot be restarted inside one process.
    """
    import os
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="oitcrawler-world-") as tmp, \
            FixtureServer(Path(world_dir), Path(tmp) / "site") as server:
        env = dict(os.environ, http_proxy=server.proxy_url, https_proxy=server.proxy_url)
        for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY"):
            env.pop(name, None)
        args = [sys.executable, "-m", "oitcrawler", "crawl", server.expected["start"], "--out", str(out_dir),
                "--quiet", "--checklist", str(server.expected.get("checklist", "ita-2566"))]
        if server.expected.get("as_of"):
            args += ["--as-of", str(server.expected["as_of"])]
        if "--db" not in extra:
            args.append("--no-history")
        proc = subprocess.run(args + list(extra), env=env, capture_output=True, text=True, timeout=timeout)
        return proc.returncode, server.expected, proc.stdout + proc.stderr
