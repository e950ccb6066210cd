from typing import Any, AnyStr, Match, Pattern, TypeVar, Union

T = TypeVar('T')

def show(label, make):
    try:
        print(label, '->', repr(make()))
    except TypeError as exc:
        print(label, '!!', exc)

show('Pattern[str]', lambda: Pattern[str])
show('Pattern[Any]', lambda: Pattern[Any])
show('Match[Any]', lambda: Match[Any])
show('Pattern[Union[str, bytes]]', lambda: Pattern[Union[str, bytes]])
show('Pattern[AnyStr]', lambda: Pattern[AnyStr])
show('Pattern[int]', lambda: Pattern[int])
show('Match[T]', lambda: Match[T])
show('Match[str][str]', lambda: Match[str][str])

def subclass_match():
    class M(Match):
        pass

show('class M(Match)', subclass_match)
