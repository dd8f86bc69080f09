"""The skeleton every service shares, checked on the source: a way in holds no SQL or storage, a rule knows
nothing of HTTP, events reach the outbox only through the unit of work, and no two modules import each other."""

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SERVICES = ("billing", "events", "notifications", "registry")
PACKAGES = ("services", "shared", "deploy", "harness", "benchmarks")
ROLE_FILES = {"api", "schemas", "service", "domain", "repository"}
SQL = re.compile(r"^\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+|DELETE\s+FROM|WITH\s+\w+\s+AS)\b", re.IGNORECASE | re.MULTILINE)
DATABASE_CALLS = {"fetch", "fetchrow", "fetchval", "execute", "executemany", "transaction", "acquire", "copy_records_to_table"}


def _modules(*roots: str) -> dict[str, Path]:
    found = {}
    for root in roots:
        for path in sorted((REPO / root).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """Every module this one imports, with `from x import y` counted as x.y when y is a module."""
    tree = ast.parse(path.read_text())
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _service_files(service: str, stem: str) -> list[Path]:
    return sorted((REPO / "services" / service).rglob(f"{stem}.py"))


@pytest.mark.parametrize("service", SERVICES)
def test_the_http_modules_hold_no_sql_and_touch_no_storage(service):
    offences = []
    for path in _service_files(service, "api"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        tree = ast.parse(path.read_text())
        for imported in _imports(name, path):
            if imported.split(".")[0] == "asyncpg" or imported.split(".")[-1] == "repository":
                offences.append(f"{path.relative_to(REPO)} imports {imported}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offences.append(f"{path.relative_to(REPO)}:{node.lineno} holds SQL")
            if isinstance(node, ast.Attribute) and node.attr in DATABASE_CALLS:
                offences.append(f"{path.relative_to(REPO)}:{node.lineno} calls the database ({node.attr})")
    assert offences == []


@pytest.mark.parametrize("service", SERVICES)
def test_the_rules_know_nothing_of_http_or_storage(service):
    offences = []
    for path in _service_files(service, "domain"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        for imported in _imports(name, path):
            root = imported.split(".")[0]
            if imported.startswith("shared.http") or root in {"fastapi", "starlette", "asyncpg", "httpx", "faststream"}:
                offences.append(f"{path.relative_to(REPO)} imports {imported}")
    assert offences == []


@pytest.mark.parametrize("service", SERVICES)
def test_events_reach_the_outbox_only_through_the_unit_of_work(service):
    offences = []
    for path in sorted((REPO / "services" / service).rglob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record":
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id == "outbox":
                    offences.append(f"{path.relative_to(REPO)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "shared.outbox":
                if any(alias.name == "record" for alias in node.names):
                    offences.append(f"{path.relative_to(REPO)}:{node.lineno} imports record")
    assert offences == []


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_has_one_skeleton(service):
    root = REPO / "services" / service
    for required in ("app.py", "settings.py", "consumers.py", "migrations"):
        assert (root / required).exists(), f"services/{service}/{required} is missing"
    odd_names = []
    for path in sorted(root.rglob("*.py")):
        stem = path.stem
        role_suffix = any(stem.endswith(f"_{role}") for role in ROLE_FILES)
        if role_suffix or (stem.endswith("ing") and stem != "billing"):
            odd_names.append(str(path.relative_to(REPO)))
    for layer in ("api", "domain", "repository"):
        assert not (root / layer).is_dir(), f"services/{service}/{layer}/ is a layer package, not a feature"
    assert odd_names == [], "role files take the role's noun, use cases are nouns too"


def test_no_two_modules_import_each_other_even_through_others():
    modules = _modules(*PACKAGES)
    graph = {name: {i for i in _imports(name, path) if i in modules and i != name} for name, path in modules.items()}
    # A package's __init__ importing its own modules is how a package is built, not a circle.
    graph = {name: {i for i in edges if not name.startswith(i + ".") and not i.startswith(name + ".")}
             for name, edges in graph.items()}
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                circles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif target not in state:
                visit(target, trail + [target])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []


def test_no_service_imports_another():
    offences = []
    for service in SERVICES:
        for name, path in _modules(f"services/{service}").items():
            for imported in _imports(name, path):
                parts = imported.split(".")
                if parts[0] == "services" and len(parts) > 1 and parts[1] != service:
                    offences.append(f"{name} imports {imported}")
    assert offences == []


def test_services_and_the_harness_never_import_the_tests():
    offences = [f"{name} imports {i}" for name, path in _modules(*PACKAGES).items()
                for i in _imports(name, path) if i.split(".")[0] == "tests"]
    assert offences == []
