class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
for obj in (Empty(), Falsy(), Plain()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
