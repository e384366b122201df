import os
import sys

# `python -m corslint` puts the current directory first on sys.path, so a linted
# repository's yaml.py or lark.py would run on import. Never import from there.
if sys.path and not sys.flags.safe_path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from corslint.cli import script  # noqa: E402

if __name__ == "__main__":  # not when a spawned --jobs worker imports it as __mp_main__
    script()
