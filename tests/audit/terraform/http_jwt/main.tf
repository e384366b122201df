# An HTTP API: wildcard origin with credentials, and a JWT authorizer on a
# catch-all route that also catches the browser's preflight.
resource "aws_apigatewayv2_api" "profile" {
  name          = "profile-http"
  protocol_type = "HTTP"

  cors_configuration {
    allow_origins     = ["*"]
    allow_methods     = ["GET", "PUT", "OPTIONS"]
    allow_headers     = ["content-type", "authorization"]
    allow_credentials = true
  }
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.profile.id
  authorizer_type  = "JWT"
  name             = "jwt"
  identity_sources = ["$request.header.Authorization"]
  jwt_configuration {
    audience = ["app"]
    issuer   = "https://issuer.example.com"
  }
}

resource "aws_apigatewayv2_integration" "profile" {
  api_id                 = aws_apigatewayv2_api.profile.id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.profile.arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "get_profile" {
  api_id    = aws_apigatewayv2_api.profile.id
  route_key = "GET /profile"
  target    = "integrations/${aws_apigatewayv2_integration.profile.id}"
}

resource "aws_apigatewayv2_route" "proxy" {
  api_id             = aws_apigatewayv2_api.profile.id
  route_key          = "ANY /{proxy+}"
  target             = "integrations/${aws_apigatewayv2_integration.profile.id}"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.profile.id
  name        = "$default"
  auto_deploy = true
}

data "archive_file" "src" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/build/src.zip"
}

resource "aws_lambda_function" "profile" {
  function_name = "profile"
  role          = "arn:aws:iam::123456789012:role/corslint-test"
  runtime       = "python3.12"
  handler       = "profile.handler"
  filename      = data.archive_file.src.output_path
}
