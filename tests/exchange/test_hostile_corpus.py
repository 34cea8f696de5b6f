"""The hostile-workbook corpus: each case names an attack, the exit code and the Dutch message it must
end in, and checks that the database file is byte for byte the same afterwards (sha256, row counts).

Every case runs through `wijkdesk.cli.main(["import", ...])`, the function `wijkdesk import` runs.
Cases that could hang or eat memory if a limit broke (marked heavy) run in their own process with a
timeout and report their peak memory (ru_maxrss), so a regression fails instead of stalling CI. The
exact times and memory per case, against a normal workbook of the same size, are measured by
benchmarks/bench_hostile_import.py.

The workbooks are written by tests/exchange/hostile_books.py; nothing large is committed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from tests.exchange import child_import
from tests.exchange import hostile_books as hb
from wijkdesk.cli import main

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60  # generous: the benchmark shows each case ends within a few seconds
PEAK_RSS_MB = 300  # the target for any file
CONTROL = ("\x1b", "\x07", "\x00", "\x9b", "\x7f")


@dataclass(frozen=True)
class Attack:
    name: str
    what: str  # the attack, in words
    build: Callable[[Path], Path]
    exit_code: int
    message: tuple[str, ...]  # parts the output must hold (stderr and stdout together)
    args: tuple[str, ...] = ()
    heavy: bool = False
    absent: tuple[str, ...] = field(default=CONTROL)  # never in the output


def rows(*made):
    return lambda tmp: hb.book_with_rows(tmp / "aanval.xlsx", list(made))


def cell_in_row2(column: str, xml: str):
    return rows(hb.expense_row(2, cells={column: xml}), hb.expense_row(3))


def _cut_after_dimension(tmp: Path) -> Path:
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{hb.NS}"><dimension ref="A1:E3"/>')
    return hb.write_package(tmp / "afgebroken.xlsx", xml.encode())


def _cut_mid_row(tmp: Path) -> Path:
    data = "".join(hb.sheet_xml([hb.header_row(), hb.expense_row(2), hb.expense_row(3)])).encode()
    return hb.write_package(tmp / "afgebroken.xlsx", data[: data.index(b'<row r="3"') + 40])


def _billion_laughs(tmp: Path) -> Path:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    shared = (f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="{hb.NS}"><si><t>&j;</t></si></sst>')
    return hb.book_with_rows(tmp / "lach.xlsx", [hb.expense_row(2)], shared=shared)


def _whitespace(size: int):
    def build(tmp: Path) -> Path:
        return hb.write_package(tmp / "lucht.xlsx", hb.sheet_xml([hb.header_row(), hb.expense_row(2),
                                                                  *hb.whitespace(size)]))
    return build


def _shared_strings(count: int, distinct: bool):
    def build(tmp: Path) -> Path:
        def items():
            yield f'<?xml version="1.0"?><sst xmlns="{hb.NS}"><si><t>Keizerslanden</t></si>'
            block = "<si><t/></si>" * 10_000
            for start in range(0, count, 10_000):
                yield "".join(f"<si><t>{i}</t></si>" for i in range(start, start + 10_000)) if distinct else block
            yield "</sst>"
        return hb.book_with_rows(tmp / "teksten.xlsx", [hb.expense_row(2)], shared=items())
    return build


def _merges(count: int):
    def build(tmp: Path) -> Path:
        refs = (f"F{r}:G{r}" for r in range(2, count + 2))
        return hb.book_with_rows(tmp / "samengevoegd.xlsx", [hb.expense_row(2)], merges=refs)
    return build


def _many_rows(count: int, bad: bool):
    def build(tmp: Path) -> Path:
        made = (hb.expense_row(r, cells={"D": hb.text_cell(f"D{r}", "twaalf euro")} if bad else None)
                for r in range(2, count + 2))
        return hb.book_with_rows(tmp / "veel.xlsx", made)
    return build


def _many_cells(count: int):
    def build(tmp: Path) -> Path:
        def wide_rows():
            from wijkdesk.exchange.xlsx_rows import column_letters

            letters = [column_letters(c) for c in range(1, 16_385)]
            for r in range(2, count // 16_384 + 3):
                yield f'<row r="{r}">' + "".join(f'<c r="{col}{r}" s="1"/>' for col in letters) + "</row>"
        return hb.book_with_rows(tmp / "cellen.xlsx", wide_rows())
    return build


def _many_entries(count: int):
    def build(tmp: Path) -> Path:
        extra = ((f"xl/media/leeg{i}.bin", b"") for i in range(count))
        return hb.book_with_rows(tmp / "onderdelen.xlsx", [hb.expense_row(2)], extra=extra)
    return build


def _control_chars(tmp: Path) -> Path:
    return hb.book_with_rows(tmp / "stuurtekens.xlsx", [
        hb.expense_row(2, title="_x001B_[31mRood"), hb.expense_row(3, title="Bel_x0007_"),
        hb.expense_row(4, title="Nul_x0000_teken"), hb.expense_row(5, title="Rauw\x9b2J\x7fwissen")])


MB = 1_000_000
ATTACKS = [  # (the limits themselves: exchange/xlsx_limits.py)
    # --- defect 1: malformed cells and rows: exit 2, 'het bestand is beschadigd', sheet and cell named ----------
    Attack("getalcel_abc", "<v>abc</v> in a number cell", cell_in_row2("D", '<c r="D2"><v>abc</v></c>'), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', cel D2", "'abc' is geen getal", "Er is niets ingelezen")),
    Attack("getalcel_nan", "NaN in a number cell", cell_in_row2("D", '<c r="D2"><v>NaN</v></c>'), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', cel D2", "'NaN' is geen getal")),
    Attack("getalcel_inf", "INF in a number cell", cell_in_row2("D", '<c r="D2"><v>1e999</v></c>'), 2,
           ("het bestand is beschadigd in", "cel D2", "te groot voor een getal")),
    Attack("logisch_x", 't="b" holding x', cell_in_row2("D", '<c r="D2" t="b"><v>x</v></c>'), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', cel D2", "geen WAAR of ONWAAR")),
    Attack("datumcel_2026_13_45", 't="d" holding 2026-13-45', cell_in_row2("A", '<c r="A2" t="d"><v>2026-13-45</v></c>'),
           2, ("het bestand is beschadigd in", "blad 'Uitgaven', cel A2", "'2026-13-45' is geen datum")),
    Attack("gedeelde_tekst_buiten_bereik", "shared-string index out of range",
           cell_in_row2("B", '<c r="B2" t="s"><v>7</v></c>'), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', cel B2", "gedeelde tekst nummer 7 bestaat niet")),
    Attack("celverwijzing_zzzzz2", "cell reference ZZZZZ2",
           cell_in_row2("E", '<c r="ZZZZZ2" t="inlineStr"><is><t>x</t></is></c>'), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', cel ZZZZZ2", "geen celverwijzing")),
    Attack("rij_r_abc", 'row r="abc"', rows(hb.expense_row(2), hb.expense_row(3, row_attr="abc")), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven'", "rijnummer 'abc' is geen geheel getal (na rij 2)")),
    Attack("samenvoeging_voorbij_laatste_rij", "mergeCell beyond row 1,048,576",
           lambda tmp: hb.book_with_rows(tmp / "m.xlsx", [hb.expense_row(2)], merges=["B2:B1048577"]), 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven'", "samengevoegd bereik 'B2:B1048577' ligt buiten het blad")),
    Attack("afgebroken_na_dimension", "sheet XML cut off after <dimension>", _cut_after_dimension, 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven'", "houdt halverwege op")),
    Attack("afgebroken_in_rij", "sheet XML cut off inside a row", _cut_mid_row, 2,
           ("het bestand is beschadigd in", "blad 'Uitgaven', rij 3", "houdt halverwege op")),
    Attack("cel_in_andere_rij", "cell D5 inside row 2", cell_in_row2("D", '<c r="D5"><v>1</v></c>'), 2,
           ("het bestand is beschadigd in", "cel D5", "de cel staat in rij 2")),
    Attack("onbekend_celtype", 't="zz"', cell_in_row2("D", '<c r="D2" t="zz"><v>1</v></c>'), 2,
           ("het bestand is beschadigd in", "cel D2", "onbekend celtype 'zz'")),
    Attack("doctype_entiteiten", "billion laughs: entities in a DOCTYPE", _billion_laughs, 2,
           ("het bestand is beschadigd in", "sharedStrings.xml", "DOCTYPE")),
    # --- defect 2: rows are never dropped silently ------------------------------------------------
    Attack("dimension_te_klein", "<dimension> A1:E2 over three data rows: all are read",
           lambda tmp: hb.book_with_rows(tmp / "d.xlsx", [hb.expense_row(r) for r in (2, 3, 4)], dimension="A1:E2"),
           0, ("Uitgaven rij 4: nieuw", "Proefimport (er is niets opgeslagen): 3 nieuw"), args=("--dry-run",)),
    Attack("rijen_door_elkaar", "rows 2, 4, 3", rows(hb.expense_row(2), hb.expense_row(4), hb.expense_row(3)), 2,
           ("het bestand is beschadigd in", "rij 3 staat na rij 4", "niet op volgorde")),
    Attack("rij_twee_keer", "row 3 twice", rows(hb.expense_row(2), hb.expense_row(3), hb.expense_row(3)), 2,
           ("het bestand is beschadigd in", "rij 3 staat er twee keer in")),
    Attack("cellen_door_elkaar", "D2 before A2 in a row",
           rows('<row r="2"><c r="D2"><v>1</v></c><c r="A2"><v>1</v></c></row>'), 2,
           ("het bestand is beschadigd in", "cel A2", "staat niet op volgorde")),
    # --- defect 3: sizes, each refused by the limit it crosses (full sizes: the benchmark) --------
    Attack("witruimte_60mb", "60 MB of whitespace in the sheet (the issue: 1 GB in 1 MB)", _whitespace(60 * MB), 2,
           ("wordt niet ingelezen", "xl/worksheets/sheet1.xml", "grens van 50 MB per onderdeel"), heavy=True),
    Attack("zip_bom_5mb", "5 MB of whitespace packed 1000:1", _whitespace(5 * MB), 2,
           ("wordt niet ingelezen", "zip-bom", "grens van 200 keer"), heavy=True),
    Attack("gedeelde_teksten_5_miljoen", "5 million empty shared strings in 0.1 MB (the issue: 20 million)",
           _shared_strings(5_000_000, distinct=False), 2,
           ("wordt niet ingelezen", "sharedStrings.xml is uitgepakt 65 MB", "grens van 50 MB"), heavy=True),
    Attack("gedeelde_teksten_600k", "600,000 distinct shared strings", _shared_strings(600_000, distinct=True), 2,
           ("wordt niet ingelezen", "meer dan 500.000 verschillende teksten"), heavy=True),
    Attack("samenvoegingen_20k", "20,000 merged ranges", _merges(20_000), 2,
           ("wordt niet ingelezen", "meer dan 10.000 samengevoegde celbereiken"), heavy=True),
    Attack("rij_2_miljard", 'row r="2000000000" in a 5 KB sheet',
           rows(hb.expense_row(2), hb.expense_row(2_000_000_000)), 2,
           ("het bestand is beschadigd in", "rij 2000000000 ligt buiten het blad", "1.048.576"), heavy=True),
    Attack("rijen_boven_grens", "5,001 rows with values", _many_rows(5_000, bad=False), 2,
           ("wordt niet ingelezen", "meer dan 5.000 ingevulde rijen"), args=("--dry-run",), heavy=True),
    Attack("4000_foute_rijen_proef", "4,000 bad rows with --dry-run: the problem list is capped",
           _many_rows(4_000, bad=True), 1,
           ("4000 problemen:", "Uitgaven, rij 2, kolom Bedrag: 'twaalf euro' is geen bedrag",
            "... en nog 3900 (alleen de eerste 100 staan hier)"), args=("--dry-run",), heavy=True),
    Attack("cellen_500001", "500,001 formatted empty cells (16,384 a row)", _many_cells(500_001), 2,
           ("wordt niet ingelezen", "meer dan 500.000 cellen"), heavy=True),
    Attack("onderdelen_10001", "10,001 parts in the zip", _many_entries(10_001), 2,
           ("wordt niet ingelezen", "10.008 onderdelen", "grens van 10.000")),
    Attack("cel_40000_tekens", "a cell of 40,000 characters",
           cell_in_row2("C", hb.text_cell("C2", "x" * 40_000)), 2,
           ("wordt niet ingelezen", "cel C2", "meer dan 32.767 tekens")),
    # --- defect 11: control characters are stripped, never printed raw ---------------------------
    Attack("stuurtekens_in_titels", "_x001B_[31m, _x0007_, _x0000_ and raw C1/DEL in titles", _control_chars, 0,
           ("nieuw - [31mRood", "nieuw - Bel (", "nieuw - Nulteken", "nieuw - Rauw2Jwissen"), args=("--dry-run",)),
    Attack("stuurteken_in_bladnaam", "a C1 control character in the sheet name",
           lambda tmp: hb.book_with_rows(tmp / "blad.xlsx", [hb.expense_row(2)], sheet_name="Uitgaven\x9b"), 0,
           ("Uitgaven\\x9b rij 2: nieuw",), args=("--dry-run",)),
]


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory) -> Path:
    """The Excel tests' world in a database file, made once and copied for every case."""
    from tests.exchange.conftest import seed_world
    from wijkdesk import paths
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("hostile")
    paths.set_data_dir(folder)
    try:
        open_database(folder / "wereld.db")
        seed_world()
        close_database()
    finally:
        paths.set_data_dir(None)
    return folder / "wereld.db"


def fingerprint(db: Path) -> tuple[str, dict]:
    """sha256 of the database file (and of a -wal beside it) and the row count of every table."""
    digest = hashlib.sha256(db.read_bytes())
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return digest.hexdigest(), counts


def run_import(argv: list[str], heavy: bool, capsys) -> tuple[int, str, float | None]:
    """Exit code, stdout + stderr, and the child's peak memory in MB (heavy cases only)."""
    if not heavy:
        code = main(argv)
        captured = capsys.readouterr()
        return code, captured.out + captured.err, None
    result = subprocess.run([sys.executable, "-m", "tests.exchange.child_import", *argv], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=TIMEOUT_S,
                            preexec_fn=child_import.limit_memory if os.name == "posix" else None)
    err, peak_mb = child_import.split_output(result.stderr)
    assert peak_mb is not None, f"geen geheugenmeting; stderr: {result.stderr[-2000:]}"
    return result.returncode, result.stdout + err, peak_mb


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.name for a in ATTACKS])
def test_hostile_workbook(attack: Attack, seeded_file, tmp_path, data_dir, capsys):
    db = tmp_path / "wijkdesk.db"
    shutil.copy(seeded_file, db)
    book = attack.build(tmp_path)
    before = fingerprint(db)
    code, output, peak_mb = run_import(["--data-dir", str(data_dir), "import", "--db", str(db), str(book),
                                        *attack.args], attack.heavy, capsys)
    assert "Traceback" not in output, output[-3000:]
    assert code == attack.exit_code, f"{attack.what}: exit {code}\n{output[-3000:]}"
    for part in attack.message:
        assert part in output, f"{attack.what}: '{part}' ontbreekt in\n{output[-3000:]}"
    for char in attack.absent:
        assert char not in output, f"{attack.what}: stuurteken {char!r} rauw in de uitvoer"
    assert fingerprint(db) == before, f"{attack.what}: de database is veranderd"
    if peak_mb is not None:
        assert peak_mb < PEAK_RSS_MB, f"{attack.what}: {peak_mb:.0f} MB geheugen"
    if code == 2:
        assert output.count("\n") <= 3, f"één duidelijke melding verwacht:\n{output}"


def test_element_limit_counts_every_part(world, db, tmp_path):
    """Elements outside cells (here in the workbook part) cost parsing time too; the limit counts them."""
    from wijkdesk.exchange.excel_import import import_workbook
    from wijkdesk.exchange.xlsx_limits import LimitExceeded, Limits

    book = hb.book_with_rows(tmp_path / "e.xlsx", [hb.expense_row(2)],
                             after_rows="<extLst>" + "<ext/>" * 5_000 + "</extLst>")
    with pytest.raises(LimitExceeded, match="meer dan 1.000 XML-elementen"):
        import_workbook(book, limits=Limits(xml_elements=1_000))
    assert import_workbook(book, dry_run=True, limits=Limits(xml_elements=10_000)).count("nieuw") == 1
