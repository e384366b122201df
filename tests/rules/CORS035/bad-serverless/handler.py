import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com", "Access-Control-Allow-Credentials": "true"}


def main(event, context):
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
