from typing import NamedTuple, get_type_hints

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'origin'

hints = get_type_hints(Point.__new__)
print(sorted(hints.items(), key=lambda kv: kv[0]))
print(sorted(Point.__new__.__annotations__))
print(sorted(get_type_hints(Point).items()))
print(Point(1), Point._field_defaults == {'y': 0, 'label': 'origin'})
Legacy = NamedTuple('Legacy', [('a', int), ('b', str)])
print(sorted(Legacy.__new__.__annotations__.items()))
