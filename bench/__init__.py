"""Throughput benchmark for ``khabar.extract``: ``python -m bench`` or ``python bench/throughput.py``."""
