"""Accuracy scorers for khabar on the evaluation sets under ``../shared`` (read at run time, never copied).

Run ``python -m eval <name>`` (seed, ner, geo, timex, disaster) or ``python -m eval all``.
"""
