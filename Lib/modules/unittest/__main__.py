"""Runs tests from the command line: `python -m unittest [args]`.

With no arguments the current directory's tests are discovered; see
`python -m unittest -h` for the rest.
"""
import os
import sys

__unittest = True

if sys.argv[0] == globals().get("__file__") or sys.argv[0].endswith("__main__.py"):
    # Usage and errors should name the command the user typed, not this file.
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

from .main import main

main(module=None)
