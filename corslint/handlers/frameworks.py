"""Web frameworks behind a Lambda handler, and the CORS headers they send."""
from __future__ import annotations

from corslint.handlers.interpret import Interpreter, Module
from corslint.handlers.values import Call
from corslint.model import Behaviour


def behaviour(call: Call, interpreter: Interpreter, module: Module) -> Behaviour | None:
    return None
