"""Rule documentation generated from the rule modules (README table)."""

from __future__ import annotations

import re
from pathlib import Path

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def rule_table() -> str:
    """The Markdown table of every rule: ID, name, severity, summary."""
    from corslint.rules import REGISTRY

    rows = ["| ID | name | severity | what it reports |", "|---|---|---|---|"]
    rows += [f"| {r.ID} | `{r.NAME}` | {r.SEVERITY} | {r.SUMMARY} |" for r in REGISTRY]
    return "\n".join(rows)


def update_readme(path: Path) -> bool:
    """Rewrite the table between the markers; True when the file changed."""
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        re.escape(START) + r".*?" + re.escape(END),
        f"{START}\n{rule_table()}\n{END}",
        text,
        flags=re.S,
    )
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    update_readme(Path(__file__).resolve().parents[1] / "README.md")
