variable "rest_api_id" {}
variable "type" {}
resource "aws_api_gateway_gateway_response" "this" {
  rest_api_id   = var.rest_api_id
  response_type = var.type
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin" = "'*'"
  }
}
