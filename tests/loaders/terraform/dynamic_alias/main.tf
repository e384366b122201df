variable "region" {}
variable "cors" {
  type    = any
  default = { origins = ["https://d.example.com"], creds = true }
}
resource "aws_apigatewayv2_api" "h" {
  name          = "h"
  protocol_type = "HTTP"
  dynamic "cors_configuration" {
    for_each = var.cors == null ? [] : [var.cors]
    content {
      allow_origins     = cors_configuration.value.origins
      allow_credentials = cors_configuration.value.creds
    }
  }
}
resource "aws_lambda_function" "f" {
  function_name = "f"
  filename      = "f.zip"
}
resource "aws_lambda_alias" "live" {
  name          = "live"
  function_name = aws_lambda_function.f.function_name
}
resource "aws_apigatewayv2_integration" "a" {
  api_id           = aws_apigatewayv2_api.h.id
  integration_type = "AWS_PROXY"
  integration_uri  = "arn:aws:apigateway:${var.region}:lambda:path/2015-03-31/functions/${aws_lambda_function.f.arn}/invocations"
}
resource "aws_apigatewayv2_integration" "b" {
  api_id           = aws_apigatewayv2_api.h.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_alias.live.invoke_arn
}
resource "aws_apigatewayv2_route" "a" {
  api_id    = aws_apigatewayv2_api.h.id
  route_key = "GET /a"
  target    = "integrations/${aws_apigatewayv2_integration.a.id}"
}
resource "aws_apigatewayv2_route" "b" {
  api_id    = aws_apigatewayv2_api.h.id
  route_key = "GET /b"
  target    = "integrations/${aws_apigatewayv2_integration.b.id}"
}
