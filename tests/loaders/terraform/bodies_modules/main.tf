variable "trig" {
  default = {}
}
resource "aws_apigatewayv2_api" "h" {
  name          = "h"
  protocol_type = "HTTP"
  body          = templatefile("${path.module}/openapi.yaml", { origin = "https://t.example.com" })
}
resource "aws_api_gateway_rest_api" "r" {
  name = "r"
  body = file("spec.json")
}
module "gw" {
  for_each    = toset(["DEFAULT_4XX", "DEFAULT_5XX"])
  source      = "./mods/gw"
  rest_api_id = aws_api_gateway_rest_api.r.id
  type        = each.key
}
resource "aws_api_gateway_deployment" "d" {
  rest_api_id = aws_api_gateway_rest_api.r.id
  triggers    = var.trig
}
resource "aws_api_gateway_deployment" "d2" {
  rest_api_id = aws_api_gateway_rest_api.r.id
  triggers    = { a = filesha1("spec.json"), b = sha1(jsonencode(module.gw["DEFAULT_4XX"])) }
}
