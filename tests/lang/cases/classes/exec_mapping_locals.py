# exec() with a non-dict mapping as locals: names are read and bound
# through the mapping's __getitem__/__setitem__, and locals() is the
# mapping itself; a class body's __prepare__d namespace likewise.


class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, type(value).__name__)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]


rec = Recorder()
exec("a = 2\nb = a * 3\ndel a\nseen = locals()", {}, rec)
print(sorted(rec.data), rec.data["seen"] is rec)
try:
    exec("print(undefined_name)", {}, Recorder())
except NameError as e:
    print("NameError", e)


class Namespace(dict):
    def __setitem__(self, key, value):
        print("bind", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()


class Body(metaclass=Meta):
    value = 1
    inside = type(locals()).__name__

print(Body.inside)


# Variable annotations bind __annotations__ through such a mapping too.
class Logged(dict):
    def __setitem__(self, key, value):
        print("log", key, type(value).__name__)
        super().__setitem__(key, value)


logged = Logged()
exec("n: int = 1\nlabel: str\nprint(__annotations__)", {}, logged)
print(sorted(logged))


class LoggedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logged()


class Annotated(metaclass=LoggedMeta):
    size: int = 3

print(Annotated.__annotations__, Annotated.size)
