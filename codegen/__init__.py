"""The ascapi code generator: Apple's OpenAPI spec in, typed models and resources out.

Run ``python -m codegen`` from the repository root. Nothing here is shipped in the wheel.
"""
