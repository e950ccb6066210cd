"""The abstract base classes of collections.abc under the name CPython
3.6 defines them in (code written for it imports them from here): the
same classes, and the built-in iterator and view types they register,
under the names 3.6 gives them here."""

import sys
from abc import ABCMeta, abstractmethod
from collections.abc import *
from collections.abc import __all__, _check_methods


def _type_of(value):
    return type(value)


async def _coroutine_sample():
    pass


async def _async_generator_sample():
    yield


bytes_iterator = _type_of(iter(b''))
bytearray_iterator = _type_of(iter(bytearray()))
dict_keyiterator = _type_of(iter({}.keys()))
dict_valueiterator = _type_of(iter({}.values()))
dict_itemiterator = _type_of(iter({}.items()))
list_iterator = _type_of(iter([]))
list_reverseiterator = _type_of(iter(reversed([])))
range_iterator = _type_of(iter(range(0)))
longrange_iterator = _type_of(iter(range(1 << 1000)))
set_iterator = _type_of(iter(set()))
str_iterator = _type_of(iter(''))
tuple_iterator = _type_of(iter(()))
zip_iterator = _type_of(iter(zip()))
dict_keys = _type_of({}.keys())
dict_values = _type_of({}.values())
dict_items = _type_of({}.items())
mappingproxy = _type_of(type.__dict__)
generator = _type_of((lambda: (yield))())
_sample = _coroutine_sample()
coroutine = _type_of(_sample)
_sample.close()  # no "never awaited" warning
async_generator = _type_of(_async_generator_sample())
del _sample, _type_of, _coroutine_sample, _async_generator_sample
