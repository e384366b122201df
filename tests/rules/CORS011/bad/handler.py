import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com", "Access-Control-Allow-Credentials": "true"}


def main(event, context):
    if not event.get("queryStringParameters"):
        return {"statusCode": 400, "body": json.dumps({"error": "missing query"})}
    return {"statusCode": 200, "headers": CORS, "body": json.dumps([])}
