"""Benchmark: our Method of Equal Shares against pabutools' on Netherlands_Amsterdam_309.pb, same run.

Usage (from the project root):
    /work/venv/bin/python benchmarks/bench_equal_shares.py [FILE.pb] [--repeat N]

Both rules get an already parsed election (parsing is timed and printed separately); each timing is
the best of N runs. The outcomes must be identical, or the script stops with exit code 1.
Target: our time at most 0.1x pabutools' time. Exit code 2 when pabutools or the file is missing.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "pabulib" / "Netherlands_Amsterdam_309.pb"
TARGET = 0.1


def best_of(repeat: int, fn):
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        from pabutools.election import Cardinality_Sat, Cost_Sat, parse_pabulib
        from pabutools.rules import method_of_equal_shares
    except ImportError:
        print("pabutools ontbreekt: pip install pabutools (test-extra)", file=sys.stderr)
        return 2
    if not Path(args.file).exists():
        print(f"{args.file} ontbreekt", file=sys.stderr)
        return 2
    from wijkdesk.domain.voting import Satisfaction, equal_shares
    from wijkdesk.exchange.pabulib import read_pb

    t_parse_ref, (instance, profile) = best_of(1, lambda: parse_pabulib(args.file))
    t_parse_ours, election = best_of(1, lambda: read_pb(args.file).election())
    print(f"file: {Path(args.file).name}: {len(election.ballots)} voters, {len(election.projects)} projects, "
          f"budget {election.budget}")
    print(f"parse            pabutools {t_parse_ref:8.3f} s   wijkdesk {t_parse_ours:8.3f} s   "
          f"ratio {t_parse_ours / t_parse_ref:6.3f}")
    worst = 0.0
    same = True
    for name, ours_sat, ref_sat in (("cost", Satisfaction.COST, Cost_Sat),
                                    ("cardinality", Satisfaction.CARDINALITY, Cardinality_Sat)):
        t_ref, ref = best_of(args.repeat, lambda: method_of_equal_shares(instance, profile, sat_class=ref_sat))
        t_ours, ours = best_of(args.repeat, lambda: equal_shares(election, ours_sat))
        ref_ids = [p.name for p in ref]
        ok = ours.selected == ref_ids
        same &= ok
        ratio = t_ours / t_ref
        worst = max(worst, ratio)
        print(f"MES {name:<12} pabutools {t_ref:8.3f} s   wijkdesk {t_ours:8.3f} s   ratio {ratio:6.3f}   "
              f"{len(ref_ids)} chosen, {'same outcome' if ok else 'DIFFERENT OUTCOME'}")
    print(f"worst ratio {worst:.3f} (target <= {TARGET}): {'met' if worst <= TARGET else 'NOT met'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
