# os puts os.path (posixpath) in sys.modules under its dotted name, as
# CPython 3.6's os.py does: find_spec sees posixpath's spec there, and
# `import os.path` / `from os.path import` find it.
import sys
import os
import importlib.util

print(sys.modules['os.path'] is os.path, sys.modules['os.path'].__name__)
print(importlib.util.find_spec('os.path').name)
import os.path as p
from os.path import join
print(p is os.path, join is os.path.join)
print(hasattr(os, '_sys'), 'os.path' in sys.modules)
