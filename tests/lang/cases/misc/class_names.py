class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.__module__)
