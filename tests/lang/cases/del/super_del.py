# super().__del__() from a subclass, and __del__ called by hand.
class Base:
    def __del__(self):
        print("base cleanup")

class Sub(Base):
    def __del__(self):
        print("sub cleanup")
        super().__del__()

s = Sub()
s.__del__()
print("called by hand")
del s
print("end")
