#!/usr/bin/env bash
# Regenerate tests/loaders/serverless/<case>/compiled.json with the Serverless Framework.
#
# Version: serverless 3.40.0 (npm "serverless@3"), installed OUTSIDE the repo:
#   mkdir -p /work/sls && cd /work/sls && npm install serverless@3
# Usage: scripts/compile_serverless_fixtures.sh [OUT_DIR] [CASE...]
#   OUT_DIR defaults to the fixture directories themselves (OUT_DIR/<case>/compiled.json).
# Each case is copied to a temp dir and packaged there with dummy credentials (no AWS
# call is made by "package"); volatile parts of the template (deployment logical id,
# artifact S3 keys) are normalised so that regenerated templates compare equal.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FIXTURES="$ROOT/tests/loaders/serverless"
SLS_DIR="${SLS_DIR:-/work/sls}"
OUT="${1:-$FIXTURES}"
shift || true
CASES=("$@")
if [ ${#CASES[@]} -eq 0 ]; then
  CASES=()
  for d in "$FIXTURES"/*/; do CASES+=("$(basename "$d")"); done
fi
SLS="$SLS_DIR/node_modules/.bin/serverless"
[ -x "$SLS" ] || { echo "serverless not installed in $SLS_DIR" >&2; exit 1; }
"$SLS" --version >&2
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for case in "${CASES[@]}"; do
  [ -f "$FIXTURES/$case/serverless.yml" ] || continue
  rm -rf "$TMP/$case"
  mkdir -p "$TMP/$case"
  cp -R "$FIXTURES/$case/." "$TMP/$case/"
  rm -f "$TMP/$case/compiled.json"
  echo "== $case" >&2
  (cd "$TMP/$case" && AWS_ACCESS_KEY_ID=AKIAFAKE AWS_SECRET_ACCESS_KEY=fake \
     SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off "$SLS" package >&2)
  mkdir -p "$OUT/$case"
  python3 - "$TMP/$case/.serverless/cloudformation-template-update-stack.json" "$OUT/$case/compiled.json" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
text = re.sub(r"ApiGatewayDeployment\d+", "ApiGatewayDeployment", text)
text = re.sub(r"serverless/([^/\"]+)/([^/\"]+)/\d+-[0-9T:.\-Z]+/", r"serverless/\1/\2/ARTIFACT/", text)
doc = json.loads(text)
for res in doc.get("Resources", {}).values():
    props = res.get("Properties", {})
    if res.get("Type") == "AWS::ApiGateway::Deployment":
        props.pop("Description", None)
    if res.get("Type") == "AWS::Lambda::Version":
        props.pop("CodeSha256", None)
for key in list(doc.get("Outputs", {})):
    if "LambdaFunctionQualifiedArn" in key:
        doc["Outputs"][key].get("Value", {}).pop("Ref", None)
open(sys.argv[2], "w").write(json.dumps(doc, indent=2, sort_keys=True) + "\n")
PY
done
