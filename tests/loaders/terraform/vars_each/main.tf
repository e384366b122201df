variable "origin" {
  default = "https://default.example.com"
}
variable "methods" {
  default = "GET"
}
variable "max_age" {
  default = 10
}
variable "paths" {
  type    = list(string)
  default = ["a", "b"]
}
variable "enabled" {
  default = true
}

locals {
  headers = join(",", ["Content-Type", upper("x-api-key")])
  origin  = trimsuffix(lower(var.origin), "/")
  rest_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_rest_api" "api" {
  name = format("%s-api", "vars")
}

resource "aws_api_gateway_resource" "r" {
  for_each    = toset(var.paths)
  rest_api_id = local.rest_id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = each.key
}

resource "aws_api_gateway_method" "m" {
  for_each      = aws_api_gateway_resource.r
  rest_api_id   = local.rest_id
  resource_id   = each.value.id
  http_method   = var.enabled ? "OPTIONS" : "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "i" {
  for_each    = aws_api_gateway_method.m
  rest_api_id = local.rest_id
  resource_id = each.value.resource_id
  http_method = each.value.http_method
  type        = "mock"
  request_templates = {
    "application/json" = <<-EOT
      {"statusCode": 200}
    EOT
  }
}

resource "aws_api_gateway_integration_response" "ir" {
  count       = length(var.paths)
  rest_api_id = local.rest_id
  resource_id = aws_api_gateway_resource.r[var.paths[count.index]].id
  http_method = "OPTIONS"
  status_code = "200"
  response_parameters = {
    "method.response.header.Access-Control-Allow-Origin"  = "'${local.origin}'"
    "method.response.header.Access-Control-Allow-Methods" = "'${var.methods}'"
    "method.response.header.Access-Control-Allow-Headers" = "'${local.headers}'"
    "method.response.header.Access-Control-Max-Age"       = "'${var.max_age}'"
  }
}

resource "aws_api_gateway_gateway_response" "unknown" {
  for_each      = toset(var.missing)
  rest_api_id   = local.rest_id
  response_type = each.value
}

variable "missing" {
  type = list(string)
}
