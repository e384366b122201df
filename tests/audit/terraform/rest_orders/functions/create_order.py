import json


def handler(event, context):
    order = json.loads(event.get("body") or "{}")
    return {
        "statusCode": 201,
        "headers": {"Access-Control-Allow-Origin": "*", "Content-Type": "application/json"},
        "body": json.dumps({"id": 1, **order}),
    }
