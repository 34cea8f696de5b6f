"""packaging/wijkdesk.iss: per-user install, keeps the user's data, a reason for every setting.

Inno Setup runs only on Windows (the release workflow compiles the script there); these checks
read the script as text so that a change that breaks a promise fails here already.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wijkdesk import APP_NAME, ORG_NAME

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ISS = PROJECT_ROOT / "packaging" / "wijkdesk.iss"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    raw = ISS.read_bytes()
    # Inno Setup reads a file without a byte-order mark in the ANSI code page: Dutch letters would break.
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw.decode("utf-8-sig").splitlines()


def sections(lines: list[str]) -> dict[str, list[tuple[int, str]]]:
    """{'Setup': [(line number, text), ...], ...} for every [Section]."""
    result, current = {}, None
    for number, line in enumerate(lines):
        match = re.match(r"^\[(\w+)\]\s*$", line)
        if match:
            current = match.group(1)
            result[current] = []
        elif current:
            result[current].append((number, line))
    return result


def setup_directives(lines) -> dict[str, str]:
    return {line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
            for _, line in sections(lines)["Setup"] if "=" in line and not line.startswith(";")}


def test_every_setting_has_a_comment_saying_why(lines):
    for section, entries in sections(lines).items():
        if section == "Code":
            continue
        for number, line in entries:
            if not line.strip() or line.startswith(";"):
                continue
            above = lines[number - 1].strip()
            assert above.startswith(";"), f"[{section}] regel {number + 1} zonder uitleg erboven: {line}"


def test_per_user_install_without_admin_rights(lines):
    setup = setup_directives(lines)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == ""
    assert setup["DefaultDirName"] == r"{userpf}\WijkDesk"  # %LOCALAPPDATA%\Programs\WijkDesk


def test_version_comes_from_the_command_line_not_the_script(lines):
    setup = setup_directives(lines)
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersionNumeric}"
    text = "\n".join(lines)
    assert "#error" in text and not re.search(r"#define\s+AppVersion\s", text)


def test_start_menu_and_optional_desktop_shortcut(lines):
    icons = [line for _, line in sections(lines)["Icons"] if line.startswith("Name:")]
    assert any("{autoprograms}" in line for line in icons)
    desktop = [line for line in icons if "{autodesktop}" in line]
    assert len(desktop) == 1 and "Tasks: desktopicon" in desktop[0]
    task = [line for _, line in sections(lines)["Tasks"] if line.startswith("Name: \"desktopicon\"")]
    assert "Flags: unchecked" in task[0]


def test_registers_nothing_it_does_not_need(lines):
    found = sections(lines)
    assert "Registry" not in found
    setup = setup_directives(lines)
    assert setup["ChangesAssociations"] == "no" and setup["ChangesEnvironment"] == "no"


def test_uninstall_keeps_the_data_and_says_where_it_is(lines):
    text = "\n".join(lines)
    # The data folder named in the script is the one Qt gives for our organisation and app name.
    assert f'#define DataDir "{{localappdata}}\\{ORG_NAME}\\{APP_NAME}"' in text
    assert "UninstallDelete" not in sections(lines)
    for _, line in sections(lines)["InstallDelete"]:
        if line.startswith("Type:"):
            assert 'Name: "{app}\\' in line  # only the program folder is ever cleaned
    code = "\n".join(line for _, line in sections(lines)["Code"])
    assert "usPostUninstall" in code and "DataKept" in code and "DirExists(DataDir)" in code
    for language in ("dutch", "english"):
        message = next(line for _, line in sections(lines)["CustomMessages"] if line.startswith(f"{language}.DataKept="))
        assert "%1" in message


def test_installs_the_one_folder_build(lines):
    files = [line for _, line in sections(lines)["Files"] if line.startswith("Source:")]
    assert files == ['Source: "{#SourceDir}\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs']
    assert '#define SourceDir "..\\dist\\wijkdesk"' in "\n".join(lines)
    assert (PROJECT_ROOT / "resources" / "icons" / "wijkdesk.ico").is_file()
