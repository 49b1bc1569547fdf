"""ascapi's benchmarks: ratios against baselines run side by side (``python -m bench``).

Each module has a ``run(...)`` returning :class:`bench._timing.Row` objects; its keyword
arguments set the sizes and repetitions, so the smoke test can run every one of them tiny.
"""
