import json

CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}


def main(event, context):
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
