"""Commands that rebuild khabar's learned data from the open training data in ``../shared/train``.

Each writes files inside the package (``src/khabar/lang/<code>/``); the files are committed, so
khabar never needs ``../shared`` at run time. Every command is deterministic: the same input gives
byte-identical output.
"""
