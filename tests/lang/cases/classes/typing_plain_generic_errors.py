from typing import Generic, List, Optional, Tuple, TypeVar, Union

T = TypeVar('T')
S = TypeVar('S')

def attempt(label, make):
    try:
        print(label, '->', repr(make()))
    except (TypeError, SyntaxError) as exc:
        print(label, '!!', type(exc).__name__, exc)

def plain_base():
    class C(Generic):
        pass

def twice():
    class C(Generic[T], Generic[S]):
        pass

attempt('class C(Generic)', plain_base)
attempt('Generic[T], Generic[S]', twice)
attempt('List[Union]', lambda: List[Union])
attempt('List[Optional]', lambda: List[Optional])
attempt('List[Generic]', lambda: List[Generic])
attempt('Tuple[Generic[T]]', lambda: Tuple[Generic[T]])
attempt("Generic['/T']", lambda: Generic['/T'])
attempt('Generic[int]', lambda: Generic[int])
attempt('Generic[T][S]', lambda: Generic[T][S])
