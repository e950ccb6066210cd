from typing import Generic, List, TypeVar

T = TypeVar('T')

class Store(Generic[T]):
    kind = 'default'

print(Store[int].kind, Store[Store[int]].kind)
Store[Store[int]].kind = 'changed'
print(Store.kind, Store[str].kind)
Store[List[str]].extra = 'new'
print(Store.extra, 'extra' in Store.__dict__)
print(Store[int].__origin__ is Store, Store[int].__args__)
