"""The release workflow passes two workflow linters from PyPI and does what issue 6 asks of it.

actionlint cannot be installed here (its PyPI wrapper downloads a binary from GitHub), so:
check-jsonschema with its bundled GitHub-workflow schema (structure, keys, types) and zizmor
(expressions, template injection, credentials, pinning). The negative tests show both can fail.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from ruamel.yaml import YAML

PROJECT_ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "release.yml"


def _tool(name: str) -> str:
    """The linter's executable from this Python's environment (where the test extras put it)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    assert found, f"{name} ontbreekt: installeer de test-extra's (pip install -e '.[test]')"
    return found


def check_jsonschema(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(path)], capture_output=True, text=True, timeout=120)


def zizmor(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("zizmor"), "--offline", "--no-progress", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_release_workflow_matches_the_github_schema():
    result = check_jsonschema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_workflow_has_no_zizmor_findings():
    result = zizmor(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


BROKEN_STRUCTURE = """\
name: kapot
on: [push]
jobs:
  build:
    steps:
      - run: echo "runs-on ontbreekt"
    timeout-minutes: "lang"
"""

INJECTION = """\
name: injectie
on: [pull_request_target]
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "${{ github.event.pull_request.title }}"
"""


def test_schema_linter_catches_a_broken_workflow(tmp_path):
    path = tmp_path / "kapot.yml"
    path.write_text(BROKEN_STRUCTURE, encoding="utf-8")
    result = check_jsonschema(path)
    assert result.returncode != 0
    assert "runs-on" in result.stdout + result.stderr


def test_zizmor_catches_template_injection(tmp_path):
    path = tmp_path / "injectie.yml"
    path.write_text(INJECTION, encoding="utf-8")
    result = zizmor(path)
    assert result.returncode != 0
    assert "template-injection" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def workflow() -> dict:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def _runs(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_jobs_run_on_pinned_images_with_a_time_limit(workflow):
    assert set(workflow["jobs"]) == {"windows", "linux"}
    assert workflow["jobs"]["windows"]["runs-on"] == "windows-2022"
    for job in workflow["jobs"].values():
        assert "latest" not in job["runs-on"]
        assert job["timeout-minutes"] <= 40
        for step in job["steps"]:
            if "uses" in step:
                ref = step["uses"].split("@", 1)[1]
                assert len(ref) == 40, f"{step['uses']}: pin op een commit-hash"


def test_windows_job_tests_builds_selftests_and_packs_the_installer(workflow):
    text = _runs(workflow["jobs"]["windows"])
    order = ['pip install -e ".[test]"', "pytest", "PyInstaller --noconfirm build.spec",
             "packaging/check_frozen.py dist/wijkdesk", "choco install innosetup",
             "packaging\\wijkdesk.iss", "actions/upload-artifact"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, dict(zip(order, positions))
    assert positions == sorted(positions)


def test_linux_job_does_the_same_without_the_installer(workflow):
    text = _runs(workflow["jobs"]["linux"])
    order = ['pip install -e ".[test]"', "pytest", "PyInstaller --noconfirm build.spec",
             "packaging/check_frozen.py dist/wijkdesk", "actions/upload-artifact"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "wijkdesk.iss" not in text
