"""Command line interface (filled in by the CLI work)."""


def main() -> None:
    raise SystemExit("corslint: not ready")
