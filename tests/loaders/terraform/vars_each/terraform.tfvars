origin  = "https://tfvars.example.com/"
methods = "GET,OPTIONS"
max_age = 20
