# Placeholder until `python -m codegen` writes the generated resource namespaces.
class SyncNamespaces:
    pass


class AsyncNamespaces:
    pass
