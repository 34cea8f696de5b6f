"""The layers are contracts (pyproject.toml, [tool.importlinter]): a crossing fails here, not in review."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> str:
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert found, "lint-imports ontbreekt: installeer de testafhankelijkheden (pip install -e .[test])"
    return found


def test_every_layer_contract_is_kept():
    result = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_a_crossing_is_caught(tmp_path):
    """The contracts bite: a copy of the package with a view importing store.models is refused."""
    shutil.copytree(ROOT / "wijkdesk", tmp_path / "wijkdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "wijkdesk" / "views" / "crossing.py").write_text("from wijkdesk.store.models import Idee  # noqa\n")
    result = subprocess.run([_lint_imports(), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert result.returncode != 0
    assert "wijkdesk.views.crossing -> wijkdesk.store.models" in result.stdout


def test_no_view_writes_files_or_audit_rows():
    """The write path runs below the window (issue 11): a view runs a change through the services, and a
    file (an export, the AVG inzage) is written by exchange. Calls that write a file or a row of the audit
    log in a view's source fail here; naming who works (audit.set_current_user) and why (audit.reason)
    only configure the audit rows the services write."""
    import re

    writes = re.compile(r"\.(write_text|write_bytes|mkdir|unlink|rename|touch)\(|shutil\.(copy|move|rmtree)"
                        r"|os\.(replace|remove|rename|makedirs)\(|open\([^)]*['\"][wax]b?['\"]"
                        r"|audit\.(record|record_many)\(|\.save\(\)|\.delete_instance\(")
    found = []
    for path in sorted((ROOT / "wijkdesk" / "views").rglob("*.py")):
        if path.parent.name == "forms":  # generated from forms/*.ui
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if writes.search(line.split("#")[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == [], "\n".join(found)
