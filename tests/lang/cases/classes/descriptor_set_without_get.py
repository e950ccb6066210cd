# A data descriptor without __get__ does not hide the instance dict.
class SetOnly:
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__["x"] = value * 10


class DelOnly:
    def __delete__(self, obj):
        print("delete")


class Full:
    def __get__(self, obj, cls):
        return "from descriptor"

    def __set__(self, obj, value):
        print("full set", value)


class A:
    x = SetOnly()
    y = DelOnly()
    z = Full()


a = A()
print(type(a.x).__name__)
a.x = 4
print(a.x)
a.__dict__["y"] = "instance y"
print(a.y)
del a.y
print(a.__dict__["y"])
a.__dict__["z"] = "instance z"
print(a.z)
print(A.x is A.__dict__["x"])
