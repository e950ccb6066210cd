# The library modules written in Python are located under lib/python3.6:
# __file__, the spec's origin and the code's file name agree, and
# inspect, linecache, the loader and tracebacks read their source by it.
import collections
import collections.abc
import importlib.util
import inspect
import linecache
import os
import string
import sys
import textwrap
import traceback

for m in (textwrap, collections, string, inspect):
    f = m.__file__
    tail = f[f.index('lib/python3.6/'):]
    print(m.__name__, tail, m.__spec__.origin == f, os.path.isabs(f))
    print(' ', inspect.getsourcefile(m) == f, inspect.getfile(m) == f)
    print(' ', bool(linecache.getline(f, 1)), len(inspect.getsource(m)) > 100)

print('co_filename', textwrap.dedent.__code__.co_filename == textwrap.__file__)
print('getsourcefile', inspect.getsourcefile(textwrap.dedent) == textwrap.__file__)
print(inspect.getsource(textwrap.dedent).splitlines()[0])
print(inspect.getsourcelines(textwrap.TextWrapper)[0][0].split('(')[0].split(':')[0])
print('abc', collections.abc.__file__.endswith('collections/abc.py'))
print('find_spec', importlib.util.find_spec('textwrap').origin == textwrap.__file__)
print('get_source', textwrap.__loader__.get_source('textwrap') == inspect.getsource(textwrap))

# a traceback through a library module shows its file and its line
try:
    textwrap.indent(None, '> ')
except AttributeError:
    frames = traceback.extract_tb(sys.exc_info()[2])
    last = frames[-1]
    print(last.filename == textwrap.__file__, bool(last.line))
    text = traceback.format_exc()
    print('lib/python3.6/textwrap.py", line' in text)
