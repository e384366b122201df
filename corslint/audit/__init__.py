"""``corslint audit``: lint a deployed AWS account, read-only (SPEC §8).

Nothing here imports boto3 at import time: only the audit path loads it.
"""
