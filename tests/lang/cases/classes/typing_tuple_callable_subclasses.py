from typing import Callable, Tuple, TypeVar

T = TypeVar('T')
KT = TypeVar('KT')

class Pair(Tuple[T, KT]):
    pass

class Many(Tuple[T, ...]):
    pass

class Func(Callable[[T], T]):
    pass

class Thunk(Callable[..., int]):
    def __call__(self):
        return None

print(Pair.__parameters__, Many.__parameters__, Func.__parameters__,
      Thunk.__parameters__)
print(repr(Pair[int, str]).split('.')[-1], Pair[int, str].__args__)
print(repr(Many[int]).split('.')[-1], repr(Func[int]).split('.')[-1])
for label, make in [('Pair[int]', lambda: Pair[int]),
                    ('Many[int, str]', lambda: Many[int, str]),
                    ('Func[int, str]', lambda: Func[int, str]),
                    ('Thunk[int]', lambda: Thunk[int])]:
    try:
        print(label, make())
    except TypeError as exc:
        print(label, '!!', exc)
print(repr(Tuple[()]), repr(Tuple[int, ...]), repr(Callable[[int], str]))
print(isinstance(Pair(), tuple), Thunk()())
