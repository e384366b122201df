import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}


def main(event, context):
    if event["httpMethod"] != "PUT":
        return {"statusCode": 405, "headers": CORS, "body": json.dumps({"error": "method not allowed"})}
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
