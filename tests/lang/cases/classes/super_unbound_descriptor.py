# An unbound super object is a descriptor: kept as a class attribute, it
# binds to the instance it is read from.
class Base:
    def greet(self, who):
        return "Base greets %s" % who


class Child(Base):
    def greet(self, who):
        return "Child; " + self.__parent.greet(who)


Child._Child__parent = super(Child)
print(Child().greet("you"))

unbound = super(Child)
print(unbound.__get__(None, Child) is unbound)
bound = unbound.__get__(Child())
print(type(bound).__name__, bound.__thisclass__.__name__, type(bound.__self__).__name__)
print(repr(unbound), repr(bound)[:30])
try:
    Child._Child__parent.greet
except AttributeError as e:
    print("AttributeError", e)
already = super(Child, Child())
print(already.__get__(Child()) is already)


class Grandchild(Child):
    pass


print(Grandchild().greet("them"))
