"""The import graph: no circles, no upward arrows, Scrapy only at the edge (README, Architecture)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lower layers never import higher ones; README's architecture section draws the same picture.
LAYERS = [
    # vocabulary every stage shares
    {"__init__", "thai", "urls", "vocabulary", "evidence", "records", "schema"},
    {"lexicon", "dates", "checklist", "traps", "diagnose", "documents", "render", "settings", "outdir"},
    {"scope", "score", "lineage"},
    {"site", "extract", "match", "frontier"},
    {"options", "segment", "verify", "checks"},
    # stages over page records
    {"pagematch"},
    {"assess", "workers", "changes", "evaluate", "archive"},
    {"report", "history", "answers"},
    {"finish"},
    # the edge: Scrapy
    {"spiders.oit", "spiders.extensions", "spiders.network", "spiders.handlers", "spiders.middlewares",
     "spiders.queues", "spiders.redisqueue", "spiders.__init__"},
    # running crawls, and the commands
    {"run"},
    {"batch", "schedule", "distribute", "testing.fixtureserver", "testing.padding", "testing.__init__"},
    {"cli", "__main__"},
]
LAYER = {name: n for n, names in enumerate(LAYERS) for name in names}
# What Scrapy and Twisted may be imported by: the edge and what runs it.
EDGE = {name for name in LAYER if name.startswith("spiders.")} | {"run"}


def _modules() -> dict[str, Path]:
    found = {p.relative_to(ROOT / "oitcrawler").with_suffix("").as_posix().replace("/", "."): p
             for p in (ROOT / "oitcrawler").rglob("*.py")}
    found.update({f"spiders.{p.stem}": p for p in (ROOT / "spiders").glob("*.py")})
    return found


def _imports(name: str, path: Path, known: set[str]) -> tuple[set[str], set[str]]:
    """(project modules, outside top-level packages) imported anywhere in the file."""
    package = name.rsplit(".", 1)[0] if "." in name and not name.endswith("__init__") else ""
    if name.endswith("__init__"):
        package = name.rsplit(".", 1)[0] if "." in name else ""
    inside, outside = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
                module = ".".join([*base, node.module] if node.module else base)
                full = "oitcrawler." + module if module else "oitcrawler"
            else:
                full = node.module or ""
            targets = [full] + [f"{full}.{alias.name}" for alias in node.names]
        for target in targets:
            if target == "oitcrawler":
                inside.add("__init__")
            elif target.startswith("oitcrawler."):
                rest = target[len("oitcrawler."):]
                if rest in known:
                    inside.add(rest)
                elif f"{rest}.__init__" in known:
                    inside.add(f"{rest}.__init__")
            else:
                outside.add(target.split(".")[0])
    inside.discard(name)
    return inside, outside


def _graph():
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def test_every_module_has_a_layer():
    assert set(_modules()) == set(LAYER), "add new modules to LAYERS (and README's architecture section)"


def test_no_upward_import():
    upward = [f"{a} (layer {LAYER[a]}) imports {b} (layer {LAYER[b]})"
              for a, (inside, _) in _graph().items() for b in inside if LAYER[b] > LAYER[a]]
    assert upward == []


def test_no_import_cycle():
    graph = {a: inside for a, (inside, _) in _graph().items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node, path):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_scrapy_and_twisted_only_at_the_edge():
    offenders = [a for a, (_, outside) in _graph().items()
                 if outside & {"scrapy", "twisted", "scrapy_redis", "scrapy_playwright"} and a not in EDGE]
    assert offenders == []


def test_workers_import_only_what_parsing_and_page_matching_need():
    graph = {a: inside for a, (inside, _) in _graph().items()}
    reach, todo = set(), ["workers"]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in reach:
                reach.add(nxt)
                todo.append(nxt)
    assert not reach & {"assess", "verify", "checks", "report", "score", "history", "finish", "options", "run"}


def test_the_wheel_installs_no_top_level_spiders_or_checklists(tmp_path):
    """spiders/ and checklists/ sit at the repository's top; installed, they live inside oitcrawler."""
    import shutil
    import subprocess
    import sys
    import zipfile

    source = tmp_path / "source"    # built from a copy: a build writes build/ and *.egg-info beside it
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "output", "__pycache__",
                                                                  "*.egg-info", "build", "tests", "benchmarks"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                    str(source)], check=True, capture_output=True, timeout=600)
    names = zipfile.ZipFile(next((tmp_path / "dist").glob("oitcrawler-*.whl"))).namelist()
    assert {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")} == {"oitcrawler"}
    assert {"oitcrawler/spiders/oit.py", "oitcrawler/checklists/ita-2566.yaml", "oitcrawler/templates/report.html.j2",
            "oitcrawler/testing/fixtureserver.py", "oitcrawler/findings.yaml",
            "oitcrawler/demo_site/www.demo-agency.go.th/index.html"} <= set(names)


def test_make_install_prints_no_setuptools_warnings(tmp_path):
    """The Makefile's install command, run on a copy into a scratch prefix, says nothing."""
    import shutil
    import subprocess
    import sys

    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "output", "__pycache__",
                                                                  "*.egg-info", "build", "tests", "benchmarks"))
    command = subprocess.run(["make", "-n", "-s", "install", f"BIN={Path(sys.executable).parent}"], cwd=source,
                             capture_output=True, text=True, check=True).stdout.strip()
    assert "pip install" in command and "-e" in command
    # Dependencies are the venv's already; the editable build itself is what may warn. Without
    # --ignore-installed pip would first uninstall this venv's own oitcrawler.
    result = subprocess.run(f"{command} --no-deps --ignore-installed --prefix {tmp_path / 'prefix'}", shell=True,
                            cwd=source,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout + result.stderr == ""
    assert list((tmp_path / "prefix").rglob("__editable__*oitcrawler*"))
