data "archive_file" "functions" {
  type        = "zip"
  source_dir  = "${path.module}/functions"
  output_path = "${path.module}/build/functions.zip"
}

resource "aws_lambda_function" "create" {
  function_name    = "orders-create"
  role             = "arn:aws:iam::123456789012:role/corslint-test"
  runtime          = "python3.12"
  handler          = "create_order.handler"
  filename         = data.archive_file.functions.output_path
  source_code_hash = data.archive_file.functions.output_base64sha256
}

