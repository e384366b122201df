methods = "PUT,OPTIONS"
