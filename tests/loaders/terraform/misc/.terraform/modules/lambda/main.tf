variable "name" {}
resource "aws_lambda_function" "this" {
  function_name = var.name
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "x.zip"
}
output "invoke_arn" {
  value = aws_lambda_function.this.invoke_arn
}
