"""`wijkdesk meenemen` / `wijkdesk terugbrengen`: Dutch messages, the conflict list, exit codes."""
from __future__ import annotations

from offline_helpers import WIJK, one, opened


def test_take_then_conflict_listed_then_decided_on_the_command_line(server, data_dir, capsys):
    from wijkdesk.cli import main
    from wijkdesk.services import ideeen

    copy = data_dir / "wijk.db"
    assert main(["meenemen", "--db", str(server), "--wijk", WIJK.lower(), "--naar", str(copy)]) == 0
    out = capsys.readouterr().out
    assert f"Wijk '{WIJK}' meegenomen naar" in out and "uitgaven" in out

    idea = one(server, "SELECT uuid FROM idee WHERE wijk_id = (SELECT id FROM wijk WHERE naam = ?) ORDER BY id", (WIJK,))
    with opened(server):
        ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (idea,)), titel="Op het stadhuis")
    with opened(copy):
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (idea,)), titel="In het buurthuis")

    assert main(["terugbrengen", "--db", str(copy)]) == 1
    captured = capsys.readouterr()
    assert "Er is niets verzonden" in captured.err
    key = f"Idee/{idea}/titel"
    assert key in captured.out and "'Op het stadhuis'" in captured.out and "'In het buurthuis'" in captured.out
    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (idea,)) == "Op het stadhuis"

    assert main(["terugbrengen", "--db", str(copy), "--kies", f"{key}=mijn"]) == 0
    assert "Teruggebracht naar" in capsys.readouterr().out
    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (idea,)) == "In het buurthuis"

    assert main(["terugbrengen", "--db", str(copy)]) == 0
    assert "niets te verzenden" in capsys.readouterr().out


def test_bad_input_is_refused_in_dutch(server, data_dir, capsys):
    from wijkdesk.cli import main

    assert main(["meenemen", "--db", str(server), "--wijk", "Atlantis", "--naar", str(data_dir / "a.db")]) == 1
    assert "geen wijk 'Atlantis'" in capsys.readouterr().err
    assert not (data_dir / "a.db").exists()
    assert main(["terugbrengen", "--db", str(server)]) == 1
    assert "geen meegenomen wijk" in capsys.readouterr().err
    assert main(["terugbrengen", "--db", str(data_dir / "nergens.db")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    copy = data_dir / "wijk.db"
    assert main(["meenemen", "--db", str(server), "--wijk", WIJK, "--naar", str(copy)]) == 0
    assert main(["terugbrengen", "--db", str(copy), "--kies", "zomaar"]) == 2
    assert "SLEUTEL=mijn" in capsys.readouterr().err
