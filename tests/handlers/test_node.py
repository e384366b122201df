"""Node.js handlers: module formats, exports, TypeScript, origin allowlists."""

from __future__ import annotations

import pytest
from corslint.rules import cors010_proxy_response_missing_allow_origin as cors010
from corslint.rules import cors041_weak_origin_check as cors041

from corslint.model import Behaviour, ReflectOrigin, Static, Unknown

from .kit import analysed, lines, project, run_rule

pytest.importorskip("tree_sitter_javascript")
pytest.importorskip("tree_sitter_typescript")

RESPONSE = '{ statusCode: 200, headers: { "Access-Control-Allow-Origin": "https://app.example.com" }, body: "" }'


@pytest.mark.parametrize(
    ("files", "handler"),
    [
        ({"src/app.js": f"module.exports.handler = async () => ({RESPONSE});"}, "app.handler"),
        (
            {"src/app.js": f"exports.handler = async function () {{ return {RESPONSE}; }};"},
            "app.handler",
        ),
        (
            {
                "src/app.cjs": f"const handler = async () => {RESPONSE};\nmodule.exports = {{ handler }};"
            },
            "app.handler",
        ),
        (
            {"src/app.mjs": f"export const handler = async (event) => {{ return {RESPONSE}; }};"},
            "app.handler",
        ),
        (
            {"src/app.mjs": f"export async function handler(event) {{ return {RESPONSE}; }}"},
            "app.handler",
        ),
        (
            {
                "src/app.mjs": f"async function main() {{ return {RESPONSE}; }}\nexport {{ main as handler }};"
            },
            "app.handler",
        ),
        (
            {
                "src/index.mjs": 'export { handler } from "./impl.mjs";',
                "src/impl.mjs": f"export const handler = async () => {RESPONSE};",
            },
            "index.handler",
        ),
        (
            {
                "src/lib/app.ts": (
                    'import type { APIGatewayProxyEvent } from "aws-lambda";\n'
                    'import { CORS } from "./cors";\n'
                    "interface R { statusCode: number }\n"
                    "export const handler = async (event: APIGatewayProxyEvent): Promise<R> => {\n"
                    "  return { statusCode: 200, headers: { ...CORS } as Record<string, string>, body: '' };\n"
                    "};\n"
                ),
                "src/lib/cors.ts": 'export const CORS = { "Access-Control-Allow-Origin": "https://app.example.com" };\n',
            },
            "lib/app.handler",
        ),
        (
            {
                "src/app.js": 'const { headers } = require("./headers");\n'
                "module.exports.handler = async () => ({ statusCode: 200, headers });",
                "src/headers.js": 'module.exports = { headers: { "Access-Control-Allow-Origin": "https://app.example.com" } };',
            },
            "app.handler",
        ),
    ],
)
def test_module_formats(tmp_path, files, handler):
    fn = analysed(tmp_path, files, handler, runtime="nodejs20.x")
    assert isinstance(fn.behaviour, Behaviour), fn.behaviour
    [outcome] = fn.behaviour.outcomes
    assert outcome.headers["access-control-allow-origin"].value == Static("https://app.example.com")
    assert fn.behaviour.source == "javascript"


ALLOWLIST = {
    "src/index.mjs": """
    const allowed = (process.env.ALLOWED_ORIGINS || "").split(",").map((o) => o.trim());
    export const handler = async (event) => {
      const origin = event.headers?.origin ?? event.headers?.Origin;
      if (event.httpMethod === "OPTIONS") {
        return { statusCode: 204, headers: { "Access-Control-Allow-Origin": allowed.includes(origin) ? origin : allowed[0], Vary: "Origin" } };
      }
      if (!allowed.includes(origin)) {
        return { statusCode: 403, body: "" };
      }
      return { statusCode: 200, headers: { "Access-Control-Allow-Origin": origin, Vary: "Origin" }, body: "" };
    };
    """
}


def test_allowlist_from_environment_options_and_error(tmp_path):
    fn = analysed(
        tmp_path,
        ALLOWLIST,
        "index.handler",
        runtime="nodejs20.x",
        env={"ALLOWED_ORIGINS": "https://a.example.com, https://b.example.com"},
    )
    by_kind = {o.kind: o for o in fn.behaviour.outcomes}
    allow = ("https://a.example.com", "https://b.example.com")
    assert by_kind["options"].headers["access-control-allow-origin"].value == ReflectOrigin(
        allow, "https://a.example.com"
    )
    assert by_kind["success"].headers["access-control-allow-origin"].value == ReflectOrigin(allow)
    assert by_kind["error"].status == 403 and by_kind["error"].headers == {}
    assert by_kind["success"].loc.line == 10


def test_unknown_allowlist_stays_unknown(tmp_path):
    fn = analysed(
        tmp_path,
        ALLOWLIST,
        "index.handler",
        runtime="nodejs20.x",
        env={"ALLOWED_ORIGINS": Unknown("known after apply")},
    )
    value = (
        {o.kind: o for o in fn.behaviour.outcomes}["success"]
        .headers["access-control-allow-origin"]
        .value
    )
    assert isinstance(value, Unknown)
    assert run_rule(cors010, project(fn)) == []


def test_weak_regex_in_node(tmp_path):
    files = {
        "src/app.js": """
    exports.handler = async (event) => {
      const origin = event.headers.origin;
      const headers = {};
      if (/https:\\/\\/app.example.com/.test(origin)) headers["Access-Control-Allow-Origin"] = origin;
      return { statusCode: 200, headers };
    };
    """
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert lines(run_rule(cors041, project(fn))) == [("src/app.js", 4)]


def test_syntax_error_is_unknown(tmp_path):
    fn = analysed(
        tmp_path,
        {"src/app.js": "exports.handler = async () => { return {;"},
        "app.handler",
        runtime="nodejs20.x",
    )
    assert isinstance(fn.behaviour, Unknown) and "syntax error" in fn.behaviour.reason


def test_dynamic_require_is_unknown(tmp_path):
    files = {
        "src/app.js": "const impl = require(process.env.IMPL);\nexports.handler = impl.handler;"
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert isinstance(fn.behaviour, Unknown)


def test_middy_handler_style_and_static_origin(tmp_path):
    files = {
        "src/app.mjs": (
            'import middy from "@middy/core";\nimport cors from "@middy/http-cors";\n'
            "export const handler = middy()\n"
            '  .use(cors({ origin: "https://app.example.com" }))\n'
            "  .handler(async () => ({ statusCode: 200, body: '' }));\n"
        )
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert fn.behaviour.framework == "middy"
    [outcome] = fn.behaviour.outcomes
    assert outcome.headers["access-control-allow-origin"].value == Static("https://app.example.com")


def test_express_without_cors_misses_acao(tmp_path):
    files = {
        "src/app.js": (
            'const express = require("express");\nconst serverless = require("serverless-http");\n'
            "const app = express();\napp.get('/', (req, res) => res.json({}));\n"
            "module.exports.handler = serverless(app);\n"
        )
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert fn.behaviour.framework == "express"
    assert lines(run_rule(cors010, project(fn))) == [("src/app.js", 3)]


def test_weak_substring_and_match_in_node(tmp_path):
    files = {
        "src/app.js": """
    exports.handler = async (event) => {
      const origin = event.headers.origin;
      const headers = { Vary: "Origin" };
      if (origin.includes("example.com")) headers["Access-Control-Allow-Origin"] = origin;
      if (origin.match(/^https:\\/\\/[a-z]+\\.example\\.com$/)) headers["Access-Control-Allow-Origin"] = origin;
      return { statusCode: 200, headers };
    };
    """
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert lines(run_rule(cors041, project(fn))) == [("src/app.js", 4)]
    assert len(fn.behaviour.origin_checks) == 2


def test_hoisted_function_declaration(tmp_path):
    files = {
        "src/app.js": f"module.exports.handler = handler;\nasync function handler() {{ return {RESPONSE}; }}\n"
    }
    fn = analysed(tmp_path, files, "app.handler", runtime="nodejs20.x")
    assert isinstance(fn.behaviour, Behaviour), fn.behaviour
