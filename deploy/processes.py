"""A tiny supervisor for local long-running processes: each runs detached in its own session,
with a pid file at <run_dir>/pids/<name>.pid and its output in <run_dir>/logs/<name>.log."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

# Popen objects of processes this interpreter started, so they can be reaped instead of left as zombies.
_children: dict[int, subprocess.Popen] = {}


def pid_file(name: str, run_dir: Path) -> Path:
    return Path(run_dir) / "pids" / f"{name}.pid"


def log_file(name: str, run_dir: Path) -> Path:
    return Path(run_dir) / "logs" / f"{name}.log"


def start_process(
    name: str, argv: Sequence[str], env: Mapping[str, str] | None, run_dir: Path, cwd: Path | None = None
) -> int:
    """Start argv unless `name` already runs; env adds to (never replaces) this process's environment."""
    if pid := process_running(name, run_dir):
        return pid
    pid_file(name, run_dir).parent.mkdir(parents=True, exist_ok=True)
    log_file(name, run_dir).parent.mkdir(parents=True, exist_ok=True)
    with open(log_file(name, run_dir), "ab") as log:
        log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} starting {' '.join(argv)}\n".encode())
        log.flush()
        child = subprocess.Popen(
            list(argv),
            env={**os.environ, **(env or {})},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own session and process group: outlives us, and stops as one group
        )
    _children[child.pid] = child
    pid_file(name, run_dir).write_text(f"{child.pid}\n")
    return child.pid


def process_running(name: str, run_dir: Path) -> int | None:
    return live_pid_in(pid_file(name, run_dir))


def live_pid_in(path: Path) -> int | None:
    """The pid on the file's first line, if that process lives and is not a stranger that reused the pid
    (after a reboot, say): the process we recorded started before the file was written."""
    if (recorded := _read_pid(path)) is None:
        return None
    pid, written = recorded
    return pid if pid_alive(pid) and _start_time(pid) <= written + 2 else None


def stop_process(name: str, run_dir: Path, timeout: float = 10.0) -> bool:
    """SIGTERM the process group, SIGKILL it after `timeout`; True if something was running."""
    path = pid_file(name, run_dir)
    pid = live_pid_in(path) or _leaderless_group(path)
    if pid is not None:
        stop_pid(pid, timeout)
    path.unlink(missing_ok=True)
    return pid is not None


def stop_pid(pid: int, timeout: float = 10.0) -> None:
    _signal(pid, signal.SIGTERM)
    if not _wait_gone(pid, timeout):
        _signal(pid, signal.SIGKILL)
        _wait_gone(pid, 5.0)


def pid_alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        del _children[pid]
        return False
    stat = _proc_stat(pid)
    return stat is not None and stat[0] not in "ZX"


def group_alive(pgid: int) -> bool:
    """True while a live process remains in process group `pgid`."""
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and (stat := _proc_stat(int(entry.name))) and stat[2] == str(pgid):
            if stat[0] not in "ZX" and pid_alive(int(entry.name)):
                return True
    return False


def _proc_stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name: state, ppid, pgrp, ..."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None


def _read_pid(path: Path) -> tuple[int, float] | None:
    try:
        return int(path.read_text().split()[0]), path.stat().st_mtime
    except (FileNotFoundError, ValueError, IndexError):
        return None


def _leaderless_group(path: Path) -> int | None:
    """The recorded pid when its process is gone but members of its group live on (Linux never gives a
    pid still naming a group to a new process, so these members are ours)."""
    recorded = _read_pid(path)
    return recorded[0] if recorded and not pid_alive(recorded[0]) and group_alive(recorded[0]) else None


def _start_time(pid: int) -> float:
    stat = _proc_stat(pid)
    boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                if line.startswith("btime"))
    return boot + int(stat[19]) / os.sysconf("SC_CLK_TCK") if stat else float("inf")


def _signal(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)  # a group numbered pid exists only while pid's own session/group lives on
    except ProcessLookupError:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def _wait_gone(pid: int, timeout: float) -> bool:
    """Wait for the process and the rest of its group to exit. Zombies count as gone: PID 1 may reap late."""
    deadline = time.monotonic() + timeout
    while pid_alive(pid) or group_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True
