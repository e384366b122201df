import json


def main(event, context):
    origin = event["headers"].get("origin", "")
    headers = {"Vary": "Origin"}
    if origin.endswith("app.example.com"):
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return {"statusCode": 200, "headers": headers, "body": json.dumps([])}
