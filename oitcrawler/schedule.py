"""Monthly crawls: a crontab line or a systemd user timer, printed or installed.

The entry runs ``oitcrawler crawl`` with the history database and
``--fail-on-regression``, so cron mails (or the journal shows) a non-zero exit when
something broke since last month. The minute is derived from the site so that many
agencies scheduled on one machine do not all start at once.
"""
from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .options import DEFAULT_DB
from .site import host_folder
from .urls import url_host

MARKER = "# oitcrawler:"


class ScheduleError(RuntimeError):
    """Shown to the user as a one-line message."""


@dataclass
class Plan:
    site: str
    key: str             # host name, used in file names and the crontab marker
    day: int
    hour: int
    minute: int
    command: list[str]
    log: Path


def _key(site: str) -> str:
    if not url_host(site if "://" in site else "http://" + site):
        raise ScheduleError(f"cannot schedule {site!r}: no host name")
    return host_folder(site)


def plan(site: str, day: int = 1, hour: int = 2, workdir: Path | None = None, db: str = "",
         extra: list[str] | None = None) -> Plan:
    if not 1 <= day <= 28:
        raise ScheduleError(f"--day must be 1-28 so that every month has it, got {day}")
    if not 0 <= hour <= 23:
        raise ScheduleError(f"--hour must be 0-23, got {hour}")
    key = _key(site)
    workdir = Path(workdir or Path.cwd()).resolve()
    minute = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 60
    exe = shutil.which("oitcrawler") or sys.executable
    base = [exe] if exe.endswith("oitcrawler") else [exe, "-m", "oitcrawler"]
    db_path = str(Path(db).resolve()) if db else str(workdir / DEFAULT_DB)
    command = [*base, "crawl", site, "--quiet", "--db", db_path, "--fail-on-regression", *(extra or [])]
    return Plan(site, key, day, hour, minute, command, workdir / "output" / key / "cron.log")


def cron_line(p: Plan) -> str:
    cmd = " ".join(shlex.quote(c) for c in p.command)
    workdir = shlex.quote(str(p.log.parent.parent.parent))
    return (f"{p.minute} {p.hour} {p.day} * * cd {workdir} && mkdir -p {shlex.quote(str(p.log.parent))} && "
            f"{cmd} >> {shlex.quote(str(p.log))} 2>&1 {MARKER}{p.key}")


def systemd_units(p: Plan) -> dict[str, str]:
    """File name → content for a user service and its monthly timer."""
    name = f"oitcrawler-{p.key}"
    workdir = p.log.parent.parent.parent
    service = (
        "[Unit]\n"
        f"Description=oitcrawler monthly ITA/OIT self-check of {p.key}\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"WorkingDirectory={workdir}\n"
        f"ExecStart={' '.join(shlex.quote(c) for c in p.command)}\n")
    timer = (
        "[Unit]\n"
        f"Description=Monthly oitcrawler run for {p.key}\n\n"
        "[Timer]\n"
        f"OnCalendar=*-*-{p.day:02d} {p.hour:02d}:{p.minute:02d}:00\n"
        # A machine that was off at the time runs the missed check when it comes back.
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n")
    return {f"{name}.service": service, f"{name}.timer": timer}


def _crontab_cmd() -> list[str]:
    return shlex.split(os.environ.get("OITCRAWLER_CRONTAB", "crontab"))


def install_cron(p: Plan) -> str:
    """Add (or replace) this site's line in the current user's crontab; other lines are kept."""
    cmd = _crontab_cmd()
    if not shutil.which(cmd[0]):
        raise ScheduleError("the 'crontab' command is not installed (Debian: apt-get install cron); "
                            "use --systemd or add the printed line by hand")
    current = subprocess.run([*cmd, "-l"], capture_output=True, text=True)
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    kept = [line for line in lines if not line.rstrip().endswith(MARKER + p.key)]
    new = "\n".join([*kept, cron_line(p)]) + "\n"
    done = subprocess.run([*cmd, "-"], input=new, capture_output=True, text=True)
    if done.returncode != 0:
        raise ScheduleError(f"crontab refused the entry: {done.stderr.strip()}")
    return "replaced" if len(kept) < len(lines) else "added"


def install_systemd(p: Plan, unit_dir: Path | None = None, enable: bool = True) -> list[Path]:
    unit_dir = unit_dir or Path.home() / ".config" / "systemd" / "user"
    unit_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in systemd_units(p).items():
        path = unit_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    if enable:
        timer = next(n for n in systemd_units(p) if n.endswith(".timer"))
        for args in (["daemon-reload"], ["enable", "--now", timer]):
            done = subprocess.run(["systemctl", "--user", *args], capture_output=True, text=True)
            if done.returncode != 0:
                raise ScheduleError(f"systemctl --user {' '.join(args)} failed: {done.stderr.strip()} "
                                    f"(the unit files are in {unit_dir})")
    return written
