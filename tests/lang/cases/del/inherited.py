# __del__ inherited from a base class, and one overriding it.
class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)

class Child(Base):
    pass

class Override(Base):
    def __del__(self):
        print("Override.__del__")
        Base.__del__(self)

c = Child()
del c
o = Override()
del o
print("end")
