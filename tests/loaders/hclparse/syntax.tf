# Every construct of python-hcl2's grammar, in the layouts that change its
# tree: comments and newlines in odd places, operators that start a line,
# keywords used as names. tests/loaders/test_hclparse.py parses it both ways.
terraform {
  required_version = ">= 1.5"
}

// a slash comment
/* a block
   comment */
resource "aws_api_gateway_rest_api" "api" {
  name        = "orders-${var.stage}"
  description = "escaped $${not_interpolated} and %%{not_a_directive} and \"quotes\" and \\"
  body = jsonencode({
    openapi = "3.0.1"
    paths = {
      "/orders" = {
        options = {
          "x-amazon-apigateway-integration" = { type = "mock" }
        }
      }
    }
  })
  tags = merge(local.tags, { Name = "api" }, )
}

locals {
  a        = 1
  b        = -12
  c        = -1
  d        = 1.5e3
  e        = -2.25
  f        = !var.enabled
  g        = -var.count
  h        = 1 + 2 * 3 - 4 / 5 % 6
  i        = a == b && c != d || e < f && g > h || a <= b && c >= d
  j        = (a + b) * c
  k        = var.on ? "yes" : "no"
  l        = var.a ? var.b ? 1 : 2 : var.c ? 3 : 4
  m        = [for s in var.list : upper(s) if s != ""]
  n        = { for k, v in var.map : k => v... if v != null }
  o        = { for k, v in var.map : v => k }
  p        = var.list[*].id
  q        = var.list.*.name[0]
  r        = var.obj.attr.0
  s        = var.map["key"].inner
  t        = provider::terraform::encode_tfvars({ a = 1 })
  u        = format("%s-%s", var.a, var.b)
  v        = concat(var.x, var.y...)
  w        = null
  x        = true
  y        = {}
  z        = []
  multi    = a + b # comment after an operation
  nested   = "a-${"b-${var.c}"}-d"
  spaced   = ( a  )
  for_each = 1
  in       = 2
  if       = 3
  endfor   = 4
  keyed = {
    for      = 1
    in       = "header"
    for_each = 2
    "quoted" = 3
    (var.k)  = 4
    colon : 5,
    0 : 6
    a.b = 7
  }
  continued = var.first
  + var.second
  * var.third
  cond = var.x
  ? var.y
  : var.z
  glued_comment = var.a /* between */ + var.b
  trailing = [
    1,
    2,
  ]
  call = lookup(
    var.map,
    "key",
    "default"
  )
  call_trailing = f(a, b,)
  call_comment = f(
    # first
    a, # after a
    b
    // last
  )
  after_op = var.a + var.b
  next     = 1
  tuple_nl = [
    a
    ,
    b
  ]
  obj_nl = {
    a = 1,
    b = 2
    ,
    c = 3
  }
  for_nl = [
    for item in var.items :
    item.name
    if item.enabled
  ]
  for_obj_nl = {
    for k, v in var.map :
    k => v
    ...
    if v != ""
  }
  splat_chain = var.a[*].b.c[0]
  attr_splat  = var.a.*.b.c
  index_nl    = var.map[
    "key"
  ]
  paren_nl = (
    var.a
    + var.b
  )
  heredoc = <<EOF
plain ${var.interpolated} text
EOF
  heredoc_trim = <<-EOT
    indented
      more
    EOT
  after_heredoc = 1
  unary_chain = !var.a && !var.b
  neg_paren   = -(a + b)
  hyphen-name = a-b
  crlf_safe   = "tab	inside"
  unicode     = "héllo ✓"
}

variable "stage" {
  type    = string
  default = "dev"
  validation {
    condition     = length(var.stage) > 0
    error_message = "Stage must not be empty."
  }
}

module "api" {
  source = "./modules/api"
  count  = var.enabled ? 1 : 0
}

dynamic_block "x" "y" {
  dynamic "setting" {
    for_each = var.settings
    content {
      name = setting.key
    }
  }
}
empty {}
one_line { a = 1 }
labels "a" b "c" {
}
