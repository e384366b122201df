import json


def main(event, context):
    return {
        "statusCode": 200,
        "headers": {"Access-Control-Allow-Origin": "https://app.example.com"},
        "body": json.dumps([]),
    }
