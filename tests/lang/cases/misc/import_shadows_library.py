# A module or package in the script's directory named like a standard
# library module shadows the library's (the script's directory comes first
# on sys.path); the interpreter's built-in modules (sys, time, ...) cannot
# be shadowed. colorsys/ beside this file is the script's own package.
import os
import sys

import colorsys

print(colorsys.VALUE)
print(os.path.basename(os.path.dirname(colorsys.__file__)), os.path.basename(colorsys.__file__))
print(sys.modules["colorsys"] is colorsys)
import json  # not shadowed: the library's
print(json.dumps({"a": 1}))
