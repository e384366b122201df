"""The exact read-only IAM policy ``corslint audit`` needs."""

from __future__ import annotations

import json

# Every AWS operation the audit may call, by service. Tests assert the audit calls
# nothing else.
OPERATIONS: dict[str, tuple[str, ...]] = {
    "apigateway": (
        "GetRestApis", "GetResources", "GetMethod", "GetGatewayResponses",
        "GetAuthorizers", "GetStages", "GetDeployments", "GetDeployment",
    ),
    "apigatewayv2": (
        "GetApis", "GetRoutes", "GetIntegrations", "GetAuthorizer",
    ),
    "lambda": ("GetFunction",),
    "ec2": ("DescribeRegions",),  # --all-regions only
}

POLICY: dict[str, object] = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "CorslintReadApiGateway",
            "Effect": "Allow",
            "Action": ["apigateway:GET"],
            "Resource": [
                "arn:aws:apigateway:*::/restapis",
                "arn:aws:apigateway:*::/restapis/*",
                "arn:aws:apigateway:*::/apis",
                "arn:aws:apigateway:*::/apis/*",
            ],
        },
        {
            "Sid": "CorslintReadLambda",
            "Effect": "Allow",
            "Action": ["lambda:GetFunction"],
            "Resource": ["arn:aws:lambda:*:*:function:*"],
        },
        {
            "Sid": "CorslintListRegions",
            "Effect": "Allow",
            "Action": ["ec2:DescribeRegions"],
            "Resource": ["*"],
        },
    ],
}


def policy_json() -> str:
    """The policy document, as ``aws iam create-policy --policy-document`` takes it."""
    return json.dumps(POLICY, indent=2) + "\n"
