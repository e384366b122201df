def handler(event, context):
    return {"saved": True}
