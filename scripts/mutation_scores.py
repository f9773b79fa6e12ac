"""Mutation score per module from `mutmut results --all true` (read on standard input).

A mutant counts as killed when a test failed on it ("killed") or it hung ("timeout": the
mutation turned a loop infinite, which a user would notice too). Prints one line per module
and exits 1 when any module scores below the target (90 %, issue 11).
"""

import re
import sys
from collections import Counter, defaultdict

TARGET = 90.0
LINE = re.compile(r"^\s*(?P<module>[\w.]+)\.x\S*__mutmut_\d+: (?P<status>[\w ]+)$")


def main() -> int:
    by_module: dict[str, Counter] = defaultdict(Counter)
    for raw in sys.stdin:
        match = LINE.match(raw.rstrip())
        if match:
            by_module[match["module"]][match["status"].strip()] += 1
    below = False
    for module, counts in sorted(by_module.items()):
        total = sum(counts.values())
        killed = counts["killed"] + counts["timeout"]
        score = 100.0 * killed / total if total else 0.0
        below |= score < TARGET
        rest = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        print(f"{module:40} {score:5.1f} %  ({rest})")
    return 1 if below or not by_module else 0


if __name__ == "__main__":
    sys.exit(main())
