"""corslint: find CORS mistakes in AWS serverless APIs before a browser does."""

__version__ = "0.1.0"
