"""The rule registry: one module per rule, listed explicitly and in ID order (SPEC §4)."""

from importlib import import_module
from types import ModuleType

RULE_MODULES = (
    "cors001_missing_preflight",
    "cors002_preflight_requires_auth",
    "cors003_preflight_missing_allow_headers",
    "cors004_preflight_missing_allow_methods",
    "cors005_preflight_not_ok",
    "cors006_preflight_missing_allow_origin",
    "cors010_proxy_response_missing_allow_origin",
    "cors011_error_path_missing_allow_origin",
    "cors012_integration_response_missing_allow_origin",
    "cors013_undeclared_response_header",
    "cors014_unquoted_static_value",
    "cors020_gateway_responses_missing_cors",
    "cors030_wildcard_origin_with_credentials",
    "cors031_origin_reflected_without_allowlist",
    "cors032_multiple_origins_in_header",
    "cors033_malformed_origin",
    "cors034_null_origin_allowed",
    "cors035_invalid_allow_credentials",
    "cors036_missing_vary_origin",
    "cors037_wildcard_origin",
    "cors038_insecure_origin",
    "cors039_frontend_origin_blocked",
    "cors040_unexpected_origin_allowed",
    "cors041_weak_origin_check",
    "cors042_wildcard_headers_authorization",
    "cors050_deployment_not_redeployed",
    "cors051_missing_max_age",
    "cors052_max_age_over_browser_cap",
    "cors053_inconsistent_origins",
    "cors054_backend_cors_ignored",
)

REGISTRY: tuple[ModuleType, ...] = tuple(
    import_module(f"corslint.rules.{name}") for name in RULE_MODULES
)


def by_id_or_name(key: str) -> ModuleType | None:
    """The rule whose ID or name is ``key`` (case-insensitive)."""
    wanted = key.strip().upper()
    for rule in REGISTRY:
        if rule.ID == wanted or rule.NAME.upper() == wanted:
            return rule
    return None
