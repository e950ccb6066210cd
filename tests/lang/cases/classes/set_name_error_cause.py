# An exception raised by __set_name__ (or a __set_name__ that does not
# take its arguments) ends the class statement with a RuntimeError raised
# from it: __cause__ and __context__ are the error, and the traceback
# shows both.
import sys
import traceback


class Raises:
    def __set_name__(self, owner, name):
        1 / 0


class WrongSignature:
    def __set_name__(self):
        pass


for descr in (Raises, WrongSignature):
    try:
        class NotGoingToWork:
            attr = descr()
    except RuntimeError as e:
        print(e)
        print(repr(e.__cause__), e.__cause__ is e.__context__,
              e.__suppress_context__)
        traceback.print_exc(file=sys.stdout)


class Raises2:
    def __set_name__(self, owner, name):
        raise KeyError(name)


class Uncaught:
    x = Raises2()
