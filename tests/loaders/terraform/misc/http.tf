module "lambda" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.0.0"
  name    = "registry-fn"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "misc-http"
  protocol_type = "HTTP"
  cors_configuration {
    allow_origins     = split(",", var.origins)
    allow_methods     = ["*"]
    allow_credentials = var.creds
    max_age           = var.age
  }
}

variable "origins" {
  default = "https://a.example.com,https://b.example.com"
}
variable "creds" {}
variable "age" {
  default = 300
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.http.id
  name             = "jwt"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
}

resource "aws_apigatewayv2_integration" "fn" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = module.lambda.invoke_arn
}

resource "aws_apigatewayv2_route" "default" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "$default"
  target             = "integrations/${aws_apigatewayv2_integration.fn.id}"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
}

resource "aws_apigatewayv2_api" "ws" {
  name          = "ws"
  protocol_type = "WEBSOCKET"
}

resource "aws_lambda_function" "image" {
  function_name = "img"
  package_type  = "Image"
  image_uri     = "123.dkr.ecr.eu-west-1.amazonaws.com/x:latest"
}

resource "aws_lambda_function" "s3" {
  function_name = "s3fn"
  s3_bucket     = "bucket"
  s3_key        = "k.zip"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
}

resource "aws_lambda_function" "zip" {
  function_name = "zipfn"
  filename      = "prebuilt.zip"
  runtime       = "python3.12"
  handler       = "app.handler"
}

data "archive_file" "one" {
  type        = "zip"
  source_file = "${path.module}/src/app.py"
  output_path = "${path.module}/one.zip"
}

resource "aws_lambda_function" "counted" {
  count         = 2
  function_name = "counted-${count.index}"
  filename      = data.archive_file.one.output_path
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      INDEX = count.index
      ORIGIN = var.creds
    }
  }
}
