# An instance's __dict__ and the attribute builtins take str subclasses.
class Name(str):
    pass

class Box:
    def __init__(self):
        self.label = 'boxed'

b = Box()
print(getattr(b, Name('label')), hasattr(b, Name('label')), hasattr(b, Name('nope')))
print(b.__dict__[Name('label')], Name('label') in b.__dict__)
setattr(b, Name('size'), 3)
print(b.size, sorted(vars(b)))
delattr(b, Name('size'))
print(hasattr(b, 'size'), getattr(b, Name('gone'), 'default'))
for bad in (1, None, b'label'):
    try:
        getattr(b, bad)
    except TypeError as exc:
        print('TypeError:', exc)
