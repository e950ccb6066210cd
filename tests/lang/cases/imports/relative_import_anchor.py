# The package a relative import is anchored at: __package__, checked
# against __spec__.parent (ImportWarning when they disagree), else
# __spec__.parent, else __name__ (with an ImportWarning); the errors for
# anchors of the wrong type or missing, through __import__ and
# importlib.__import__.
import importlib
import warnings

warnings.simplefilter('always')


class Spec:
    def __init__(self, parent):
        self.parent = parent


cases = [
    {'__package__': 'pkga', '__spec__': Spec('pkgb')},
    {'__package__': 'pkga', '__spec__': Spec('pkga')},
    {'__spec__': Spec('pkgc')},
    {'__name__': 'plain'},
    {'__name__': 'pkgd.mod'},
    {'__name__': 'pkge', '__path__': []},
    {'__spec__': Spec('pkgf'), '__name__': 'other.mod'},
    {'__spec__': Spec(3)},
    {'__package__': 3, '__spec__': Spec('x')},
    {'__package__': ''},
    {'__package__': None, '__spec__': None, '__name__': 'pkgg.mod'},
    {},
    5,
]
for importer in (__import__, importlib.__import__):
    for g in cases:
        try:
            importer('target', g, None, [], 1)
        except Exception as e:
            print(type(e).__name__, e)
try:
    importlib.__import__('target', None, None, [], 1)
except KeyError as e:
    print('KeyError', e)
try:
    __import__('target', None, None, [], 1)
except TypeError as e:
    print('TypeError', e)
