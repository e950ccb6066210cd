from typing import get_type_hints, no_type_check

@no_type_check
def loose(x: 'not a type') -> 'neither':
    return x

print(loose.__no_type_check__, get_type_hints(loose))

@no_type_check
class Outer:
    class Inner:
        def __init__(self, x: 'nonsense'):
            self.x = x
        def other(self) -> 'bad':
            pass
    def method(self, y: 'q'):
        pass

print(Outer.__no_type_check__)
print(Outer.Inner.__no_type_check__, Outer.Inner.__init__.__no_type_check__,
      Outer.Inner.other.__no_type_check__)
print(Outer.method.__no_type_check__, get_type_hints(Outer.method))
