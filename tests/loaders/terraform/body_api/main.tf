variable "origin" {
  default = "https://app.example.com"
}

resource "aws_lambda_function" "api" {
  function_name = "body-api"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

resource "aws_api_gateway_rest_api" "body" {
  name = "body-api"
  body = jsonencode({
    openapi = "3.0.1"
    info    = { title = "body", version = "1" }
    paths = {
      "/things" = {
        get = {
          "x-amazon-apigateway-integration" = {
            type       = "aws_proxy"
            httpMethod = "POST"
            uri        = aws_lambda_function.api.invoke_arn
          }
        }
        options = {
          responses = { "200" = { description = "ok" } }
          "x-amazon-apigateway-integration" = {
            type = "mock"
            requestTemplates = { "application/json" = "{\"statusCode\": 200}" }
            responses = {
              default = {
                statusCode = "200"
                responseParameters = {
                  "method.response.header.Access-Control-Allow-Origin" = "'${var.origin}'"
                }
              }
            }
          }
        }
      }
    }
  })
}

resource "aws_api_gateway_gateway_response" "d4" {
  rest_api_id   = aws_api_gateway_rest_api.body.id
  response_type = "DEFAULT_4XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin" = "'${var.origin}'"
  }
}

resource "aws_api_gateway_deployment" "body" {
  rest_api_id = aws_api_gateway_rest_api.body.id
  triggers = {
    redeployment = sha1(aws_api_gateway_rest_api.body.body)
  }
}
