from typing import Any, ClassVar, NoReturn, Optional, TypeVar, Union

T = TypeVar('T')

def attempt(label, make):
    try:
        make()
        print(label, 'allowed')
    except TypeError as exc:
        print(label, '->', exc)

def sub(base):
    def make():
        class Derived(base):
            pass
    return make

for label, base in [('Any', Any), ('type(Any)', type(Any)),
                    ('ClassVar', ClassVar), ('ClassVar[int]', ClassVar[int]),
                    ('type(ClassVar)', type(ClassVar)),
                    ('Union', Union), ('Union[int, str]', Union[int, str]),
                    ('type(Union)', type(Union)), ('Optional', Optional),
                    ('Optional[int]', Optional[int]), ('TypeVar', TypeVar),
                    ('T', T), ('NoReturn', NoReturn)]:
    attempt(label, sub(base))
