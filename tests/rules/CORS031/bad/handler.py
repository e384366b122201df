import json


def main(event, context):
    origin = event["headers"].get("origin")
    headers = {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
    return {"statusCode": 200, "headers": headers, "body": json.dumps([])}
