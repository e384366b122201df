import json

CORS = {"Access-Control-Allow-Origin": "https://admin.example.com"}


def main(event, context):
    return {"statusCode": 200, "headers": CORS, "body": json.dumps({"saved": True})}
