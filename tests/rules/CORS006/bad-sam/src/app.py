import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}
PREFLIGHT = {
    "Access-Control-Allow-Methods": "PUT,OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "7200",
}


def handler(event, context):
    if event["httpMethod"] == "OPTIONS":
        return {"statusCode": 204, "headers": PREFLIGHT, "body": ""}
    if event["httpMethod"] != "PUT":
        return {"statusCode": 405, "headers": CORS, "body": json.dumps({"error": "method not allowed"})}
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
