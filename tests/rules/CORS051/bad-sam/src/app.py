import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}


def handler(event, context):
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
