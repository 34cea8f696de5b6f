"""Read and write pabulib `.pb` files, the standard format of participatory-budgeting data.

A file has three sections, `META`, `PROJECTS` and `VOTES`, each a `;`-separated table whose first row
is a header. Line endings may be CRLF, LF or mixed; a UTF-8 byte-order mark is allowed; fields may be
quoted (CSV rules). Project ids are text (`L10/01/IX`). Columns other than `project_id`/`cost` and
`voter_id`/`vote` are optional and kept as they are.

Vote types: `approval`, `choose-1`, `cumulative` and `scoring` (with a `points` column), `ordinal`.
For the rules, every ballot counts as approval of every project it lists, unless points are asked
for (`use_points=True`, cumulative and scoring files only).
"""
from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

from wijkdesk.domain.voting.election import Amount, Election, Project

log = logging.getLogger(__name__)

VOTE_TYPES = ("approval", "choose-1", "cumulative", "scoring", "ordinal")
POINT_TYPES = ("cumulative", "scoring")
SECTIONS = ("meta", "projects", "votes")


class PabulibError(ValueError):
    """A .pb file whose contents are wrong; the message says where and what, in Dutch."""


class PabulibReadError(PabulibError):
    """A file that cannot be opened or decoded at all."""


@dataclass
class PbFile:
    """The contents of a .pb file, as text per column (nothing is lost on a round trip)."""

    meta: dict[str, str] = field(default_factory=dict)
    project_columns: list[str] = field(default_factory=lambda: ["project_id", "cost"])
    projects: list[dict[str, str]] = field(default_factory=list)
    vote_columns: list[str] = field(default_factory=lambda: ["voter_id", "vote"])
    votes: list[dict[str, str]] = field(default_factory=list)

    @property
    def vote_type(self) -> str:
        return self.meta.get("vote_type", "approval").strip().lower()

    @property
    def budget(self) -> Amount:
        if "budget" not in self.meta:
            raise PabulibError("De META-sectie heeft geen 'budget'.")
        return parse_amount(self.meta["budget"], "budget in META")

    def ballots(self, use_points: bool = False) -> list[dict[str, int]]:
        """One mapping project id -> points per vote (1 per listed project unless points are used)."""
        if use_points and self.vote_type not in POINT_TYPES:
            raise PabulibError(f"Dit bestand heeft geen punten (soort stemmen: {self.vote_type}).")
        known = {p["project_id"] for p in self.projects}
        out = []
        for row in self.votes:
            ids = split_list(row.get("vote", ""))
            points = split_list(row.get("points", "")) if self.vote_type in POINT_TYPES else []
            if points and len(points) != len(ids):
                raise PabulibError(f"Stem van {row.get('voter_id', '?')}: {len(ids)} projecten maar "
                                   f"{len(points)} punten.")
            ballot: dict[str, int] = {}
            for i, pid in enumerate(ids):
                if pid not in known:
                    raise PabulibError(f"Stem van {row.get('voter_id', '?')} noemt project '{pid}', "
                                       "dat niet in PROJECTS staat.")
                if use_points:
                    pts = _parse_points(points[i] if points else "1", row)
                    ballot[pid] = ballot.get(pid, 0) + pts
                else:
                    ballot[pid] = 1
            out.append(ballot)
        return out

    def election(self, use_points: bool = False) -> Election:
        """The election the rules work on (costs and budget exact, in the file's currency units)."""
        projects = [Project(p["project_id"], parse_amount(p["cost"], f"kosten van project {p['project_id']}"),
                            p.get("name", "")) for p in self.projects]
        return Election(self.budget, projects, self.ballots(use_points))


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# Limits on a number in a file. Fraction(Decimal("1e999999999")) builds a billion-digit integer (it
# ran for ever on a 100-byte file) and Infinity has no Fraction at all, so a number is checked as a
# Decimal (cheap whatever its exponent) before it becomes exact. 10^15 is far above any real budget
# (in euro, zloty or any other unit); more than 10 decimals is no amount of money but a hostile file.
MAX_AMOUNT = Decimal(10) ** 15
# The largest real pabulib files are a few MB (Warszawa, 11,000 votes: 0.7 MB); 200 MB is generous,
# and stops /dev/zero or a disk image named .pb from filling the memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DECIMALS = 10


def exact_number(text: str) -> Fraction:
    """`text` (`12000`, `1234.5`, `1234,5`, `1e3`) as an exact Fraction; ValueError with the reason in
    Dutch when it is no number, or outside the limits above."""
    try:
        value = Decimal((text or "").strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError("geen getal") from None
    if not value.is_finite():
        raise ValueError("geen eindig getal")
    if value.copy_abs() >= MAX_AMOUNT:  # copy_abs, unlike abs(), never rounds (abs overflowed)
        raise ValueError("te groot (de grens is 10^15)")
    if value.as_tuple().exponent < -MAX_DECIMALS:
        raise ValueError(f"meer dan {MAX_DECIMALS} cijfers achter de komma")
    return Fraction(value)


def _parse_points(text: str, row: dict) -> int:
    try:
        value = exact_number(text)
    except ValueError as exc:
        raise PabulibError(f"Stem van {row.get('voter_id', '?')}: '{_short(text)}' is geen aantal punten "
                           f"({exc}).") from None
    if value.denominator != 1:
        raise PabulibError(f"Stem van {row.get('voter_id', '?')}: punten moeten hele getallen zijn ('{text}').")
    return int(value)


def parse_amount(text: str, what: str) -> Amount:
    """An exact amount from a file: `12000`, `1234.5` or `1234,5`; an int when it is whole."""
    try:
        value = exact_number(text)
    except ValueError as exc:
        raise PabulibError(f"'{_short(text)}' is geen bedrag ({what}): {exc}. Schrijf een bedrag als 12000 "
                           "of 1234.50.") from None
    if value < 0:
        raise PabulibError(f"Negatief bedrag '{text}' ({what}).")
    return value.numerator if value.denominator == 1 else value


def _short(text: str) -> str:
    """A field as it goes into a message: a hostile file's 100,000-character field is cut short."""
    text = text or ""
    return text if len(text) <= 40 else text[:40] + "…"


def parse_pb(text: str) -> PbFile:
    """Parse the text of a .pb file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    pb = PbFile()
    section = None
    header: list[str] | None = None
    seen = set()
    reader = csv.reader(text.splitlines(), delimiter=";")
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:  # a field over csv's limit (131072 characters), a stray quote...
            raise PabulibError(f"Regel {reader.line_num}: deze regel is geen geldige .pb-regel "
                               f"({_csv_reason(exc)}).") from None
        if row is None:
            break
        line = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        first = row[0].strip().lower()
        if first in SECTIONS and not any(c.strip() for c in row[1:]):
            if first in seen:
                raise PabulibError(f"Regel {line}: de sectie {first.upper()} staat er twee keer in.")
            seen.add(first)
            section, header = first, None
            continue
        if section is None:
            raise PabulibError(f"Regel {line}: het bestand moet met META beginnen; dit is geen .pb-bestand.")
        if header is None:
            header = [h.strip() for h in row]
            _check_header(section, header, line)
            if section == "projects":
                pb.project_columns = header
            elif section == "votes":
                pb.vote_columns = header
            continue
        if section == "meta":
            if len(row) < 2:
                raise PabulibError(f"Regel {line}: een META-regel is 'sleutel;waarde'.")
            pb.meta[row[0].strip()] = ";".join(row[1:]).strip()
            if row[0].strip() == "budget":  # checked here, where the line number is known
                parse_amount(pb.meta["budget"], f"budget in META, regel {line}")
            continue
        if len(row) > len(header):
            raise PabulibError(f"Regel {line}: {len(row)} kolommen, de kop heeft er {len(header)}.")
        record = {key: (row[i].strip() if i < len(row) else "") for i, key in enumerate(header)}
        if section == "projects":
            if not record["project_id"]:
                raise PabulibError(f"Regel {line}: project zonder project_id.")
            parse_amount(record["cost"], f"kosten van project {record['project_id']}, regel {line}")
            pb.projects.append(record)
        else:
            pb.votes.append(record)
    for name in SECTIONS:
        if name not in seen:
            raise PabulibError(f"De sectie {name.upper()} ontbreekt; dit is geen volledig .pb-bestand.")
    ids = [p["project_id"] for p in pb.projects]
    if len(set(ids)) != len(ids):
        double = sorted({i for i in ids if ids.count(i) > 1})
        raise PabulibError(f"Project-id {', '.join(double)} staat meer dan eens in PROJECTS.")
    if pb.vote_type not in VOTE_TYPES:
        raise PabulibError(f"Onbekende soort stemmen '{pb.vote_type}' (bekend: {', '.join(VOTE_TYPES)}).")
    return pb


def _csv_reason(exc: Exception) -> str:
    """csv's English reason in Dutch, for the errors a .pb file can give."""
    text = str(exc)
    if "field larger than field limit" in text:
        return f"een veld is langer dan {csv.field_size_limit()} tekens"
    return f"de CSV-lezer meldt: {text}"


def _check_header(section: str, header: list[str], line: int) -> None:
    need = {"meta": ("key", "value"), "projects": ("project_id", "cost"), "votes": ("voter_id", "vote")}[section]
    if section == "meta":
        return  # some files write 'key;value', others leave the header loose
    missing = [c for c in need if c not in header]
    if missing:
        raise PabulibError(f"Regel {line}: de kop van {section.upper()} mist kolom {', '.join(missing)}.")


def read_pb(path: str | Path) -> PbFile:
    """Read a .pb file from disk (UTF-8, with or without byte-order mark)."""
    from wijkdesk.exchange.safe_file import NotText, UnreadableFile, read_text_capped

    path = Path(path)
    try:
        text = read_text_capped(path, MAX_FILE_BYTES, "utf-8-sig")
    except UnreadableFile as exc:
        hint = "; is het wel een .pb-bestand?" if isinstance(exc, NotText) else "."
        raise PabulibReadError(f"Bestand '{path}' {exc}{hint}") from None
    return parse_pb(text)


def format_pb(pb: PbFile, newline: str = "\n") -> str:
    """The text of a .pb file (CSV quoting where a field holds ';', quotes or line breaks)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["META"])
    writer.writerow(["key", "value"])
    for key, value in pb.meta.items():
        writer.writerow([key, value])
    writer.writerow(["PROJECTS"])
    writer.writerow(pb.project_columns)
    for row in pb.projects:
        writer.writerow([row.get(c, "") for c in pb.project_columns])
    writer.writerow(["VOTES"])
    writer.writerow(pb.vote_columns)
    for row in pb.votes:
        writer.writerow([row.get(c, "") for c in pb.vote_columns])
    return out.getvalue()


def write_pb(pb: PbFile, path: str | Path, newline: str = "\n") -> None:
    """Write a .pb file (UTF-8 without byte-order mark); a partial file never replaces a good one."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(format_pb(pb, newline), encoding="utf-8", newline="")
    tmp.replace(path)


def amount_text(amount: Amount) -> str:
    """An exact amount as file text: `12000` or `1234.5`."""
    value = Fraction(amount)
    if value.denominator == 1:
        return str(value.numerator)
    return str(Decimal(value.numerator) / Decimal(value.denominator))
