"""ascapi: a typed, complete Python client for Apple's App Store Connect API."""
