"""Run every bench/bench_*.py (or the ones named) in its own process and collect their last lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    """Run the benchmarks; the exit code is non-zero when one of them crashed."""
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(n in s.stem for n in names)]
    results, failed = [], 0
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        done = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, text=True, capture_output=True)
        print(done.stdout, end="")
        if done.returncode != 0:
            failed += 1
            print(done.stderr, end="", file=sys.stderr)
        lines = done.stdout.strip().splitlines()
        results.append(lines[-1] if lines and done.returncode == 0 else f"{script.stem}: crashed")
    print("\n".join(["== summary", *results]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
