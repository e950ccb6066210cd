from typing import Callable, List, Optional, Tuple, Union

def handler() -> int:
    return 0

class Box:
    def method(self):
        pass

print(repr(Union[handler, int]))
print(repr(List[handler]))
print(repr(Tuple[handler, Box.method]))
print(repr(Optional[handler]))
print(repr(Union[Box, None]))
