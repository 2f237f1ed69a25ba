"""Print extracted reports compactly (developer aid): armswatch extract FILES | python bench/show.py"""

import json
import sys

for line in sys.stdin:
    if not line.startswith("{"):
        print(line.rstrip())
        continue
    r = json.loads(line)

    def ids(k: str, r: dict = r) -> list[str]:  # type: ignore[type-arg]
        return [a["id"] for a in r[k]]

    print(
        r["source"][-26:],
        r["supplier"]["id"],
        "->",
        r["recipient"]["id"],
        r["category"],
        r["status"],
        "claim",
        ids("claimed_by"),
        "deny",
        ids("denied_by"),
        "via",
        ids("via"),
        repr(r["quantity"]),
        r["covert"],
        r["confidence"],
        len(r["evidence"]),
    )
