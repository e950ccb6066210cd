# A SourceFileLoader given the __file__ of a library module reads its
# source, as CPython reads the file there (pydoc.importfile of
# pydoc.__file__, test_pydoc's test_importfile); a missing file is
# still FileNotFoundError.
import pydoc, json, os, importlib.machinery
m = pydoc.importfile(pydoc.__file__)
print(m.__name__, m.__file__ == pydoc.__file__, m is pydoc, hasattr(m, 'importfile'))
loader = importlib.machinery.SourceFileLoader('jsonx', json.__file__)
print(type(loader.get_source('jsonx')).__name__, len(loader.get_data(json.__file__)) > 100)
try:
    loader.get_data(os.path.join(os.path.dirname(json.__file__), 'no_such.py'))
except FileNotFoundError as e:
    print('FNF', e.errno, e.filename == os.path.join(os.path.dirname(json.__file__), 'no_such.py'))
