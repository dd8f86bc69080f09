"""Where sparknet's private PostgreSQL cluster lives, and how it is made (once).

PostgreSQL refuses to run as root, so as root the server runs as the system user `sparknet`, which must
be able to reach its files; when run_dir lies behind a directory it cannot enter (a 0700 temp dir,
/root), the cluster lives in /var/tmp/sparknet-<hash of run_dir>/ instead, linked from run_dir.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import pwd
import shutil
import subprocess
from pathlib import Path

from deploy.config import InfraConfig

USER = PASSWORD = "sparknet"  # the OS user the server runs as when we are root, and the DB superuser
log = logging.getLogger(__name__)


def cluster_home(cfg: InfraConfig) -> Path:
    """run_dir, or the fallback home that run_dir/pgdata links to; holds pgdata/, pgsocket/, logs/."""
    link = cfg.run_dir / "pgdata"
    return link.readlink().parent if link.is_symlink() else cfg.run_dir


def prepare_cluster(cfg: InfraConfig) -> Path:
    """Make the cluster unless it exists, write its per-start settings; return its home."""
    _ensure_server_user()
    exists = (cfg.run_dir / "pgdata").is_symlink() or (cfg.run_dir / "pgdata").is_dir()
    home = cluster_home(cfg) if exists else choose_home(cfg)
    _init_cluster_once(cfg, home)
    _write_runtime_config(cfg, home)
    server_log = home / "logs" / "postgres.log"
    server_log.parent.mkdir(parents=True, exist_ok=True)
    server_log.touch()
    _give_to_server_user(server_log)  # pg_ctl, running as the server user, appends to it
    return home


def choose_home(cfg: InfraConfig) -> Path:
    """For a new cluster: run_dir, if the server user can reach run_dir/logs; else a fallback in /var/tmp."""
    (cfg.run_dir / "logs").mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or _server_user_can_enter(cfg.run_dir / "logs"):
        return cfg.run_dir
    digest = hashlib.sha256(str(cfg.run_dir.resolve()).encode()).hexdigest()[:12]
    home = Path("/var/tmp") / f"sparknet-{digest}"
    log.warning("user %s cannot reach %s; PostgreSQL data goes to %s", USER, cfg.run_dir, home)
    return home


def run_as_server_user(argv: list[str], cwd: Path) -> None:
    if os.geteuid() == 0:
        argv = ["runuser", "-u", USER, "--", *argv]
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stdout}{done.stderr}")


def pg_bin(data: Path, program: str) -> str:
    """The program of the major version that made `data`, else of the newest version installed."""
    version_file = data / "PG_VERSION"
    wanted = version_file.read_text().strip() if version_file.exists() else "*"
    found = sorted(glob.glob(f"/usr/lib/postgresql/{wanted}/bin/{program}"),
                   key=lambda path: [int(part) for part in path.split("/")[4].split(".") if part.isdigit()])
    if found:
        return found[-1]
    if on_path := shutil.which(program):
        return on_path
    raise RuntimeError(f"PostgreSQL's {program} not found: run deploy/bootstrap.sh first")


def _server_user_can_enter(directory: Path) -> bool:
    return subprocess.run(["runuser", "-u", USER, "--", "test", "-x", str(directory)]).returncode == 0


def _ensure_server_user() -> None:
    if os.geteuid() != 0:
        return
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", USER], check=True)


def _init_cluster_once(cfg: InfraConfig, home: Path) -> None:
    data = home / "pgdata"
    if (data / "PG_VERSION").exists():
        return
    fallback = home != cfg.run_dir
    # run_dir and its logs/ are shared with other processes; a fallback home is the server's alone.
    for directory in (*([home, home / "logs"] if fallback else []), data, home / "pgsocket"):
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _give_to_server_user(directory)
    password_file = home / "pgsocket" / "initdb.pw"
    password_file.write_text(PASSWORD + "\n")
    _give_to_server_user(password_file)
    try:
        run_as_server_user([pg_bin(data, "initdb"), "-D", str(data), "-U", USER, f"--pwfile={password_file}",
                            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C",
                            "--no-instructions"], cwd=home)
    finally:
        password_file.unlink(missing_ok=True)
    with open(data / "postgresql.conf", "a") as conf:
        conf.write("\n# sparknet: port, socket and speed settings, rewritten at each start\ninclude = 'sparknet.conf'\n")
    if fallback:  # so that run_dir still shows where everything is
        for name in ("pgdata", "logs/postgres.log"):
            link = cfg.run_dir / name
            link.parent.mkdir(parents=True, exist_ok=True)
            if not (link.exists() or link.is_symlink()):
                link.symlink_to(home / name)


def _write_runtime_config(cfg: InfraConfig, home: Path) -> None:
    settings = {
        "port": cfg.pg_port,
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{home / 'pgsocket'}'",
        "unix_socket_permissions": "0700",  # local connections are trusted, so only the server user may use them
        # A disposable dev/test cluster: durability traded for speed.
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
    }
    config = home / "pgdata" / "sparknet.conf"
    config.write_text("".join(f"{key} = {value}\n" for key, value in settings.items()))
    _give_to_server_user(config)


def _give_to_server_user(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, USER, USER)
