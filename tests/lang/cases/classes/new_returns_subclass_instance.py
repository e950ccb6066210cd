# type.__call__ runs __init__ of the class of what __new__ returned, when
# that is an instance of the class called (or of a subclass).
class Shape:
    def __new__(cls, kind=None, *args):
        if kind == "circle":
            return object.__new__(Circle)
        if kind == "other":
            return Unrelated()
        if kind == "int":
            return 7
        return object.__new__(cls)

    def __init__(self, *args):
        print("Shape.__init__", type(self).__name__, args)


class Circle(Shape):
    def __init__(self, *args):
        print("Circle.__init__", args)


class Unrelated:
    def __init__(self):
        print("Unrelated.__init__")


print(type(Shape()).__name__)
print(type(Shape("circle", 3)).__name__)
print(type(Shape("other")).__name__)
print(Shape("int"))
print(type(Circle()).__name__)
print(type(Circle("circle")).__name__)
