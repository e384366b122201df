"""``python -m corslint.audit``: the audit command on its own."""

from corslint.audit.command import audit

audit(prog_name="corslint audit")
