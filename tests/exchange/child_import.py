"""`wijkdesk import` in a child process that prints its own peak memory last on stderr.

    python -m tests.exchange.child_import [wijkdesk arguments]

Used by the hostile corpus (heavy cases) and benchmarks/bench_hostile_import.py: each figure is that
process's own peak, not the test runner's. Works on Linux, macOS and Windows.
"""
from __future__ import annotations

import sys
import time

MARKER = "PEAK_RSS_KB="


def peak_rss_kb() -> int:
    """Peak resident memory of this process in KB.

    On Linux from VmHWM, the peak of this program's own memory: ru_maxrss also keeps the peak of the
    process it was forked from before the exec (a test worker at 344 MB made every case report 344 MB,
    over the 300 MB limit, whatever the import did)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return _windows_peak_kb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes


def _windows_peak_kb() -> int:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
            (name, ctypes.c_size_t) for name in (
                "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()
    ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
    return counters.PeakWorkingSetSize // 1024


def split_output(stderr: str) -> tuple[str, float | None]:
    """The child's stderr without the marker line, and its peak memory in MB (None if it died first)."""
    text, _cpu, peak_mb = measurements(stderr)
    return text, peak_mb


def measurements(stderr: str) -> tuple[str, float | None, float | None]:
    """The child's stderr without the marker line, its CPU seconds and its peak memory in MB."""
    text, marker, tail = stderr.rpartition(MARKER)
    fields = tail.split()
    if not marker or not fields or not fields[0].isdigit():
        return stderr, None, None
    cpu = float(fields[1].partition("=")[2]) if len(fields) > 1 and fields[1].startswith("CPU_S=") else None
    return text, cpu, int(fields[0]) / 1024


def limit_memory() -> None:
    """For subprocess preexec_fn (POSIX): a hard ceiling, so a blow-up fails fast instead of swapping."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def main() -> int:
    from wijkdesk.cli import main as wijkdesk

    code = wijkdesk(sys.argv[1:])
    sys.stdout.flush()
    # CPU seconds as well as wall time: the machine may be shared, CPU time is this process's own.
    print(f"{MARKER}{peak_rss_kb()} CPU_S={time.process_time():.3f}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
