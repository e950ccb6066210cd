"""The names CPython's C pickle accelerator provides.

This interpreter has a single pickle implementation, in pickle.py; _pickle
hands out the same classes and functions so that code importing the
accelerator directly (or checking that it exists) works.
"""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)
