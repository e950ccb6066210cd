import io, unittest
from unittest import mock
m = mock.MagicMock()
print(int(m), float(m), len(m), list(m), 3 in m, bool(m))
# __iter__'s return value may be a list (iterated afresh each time) or
# an iterator (used up)
m.__iter__.return_value = [1, 2, 3]
print(list(m), list(m))
m.__iter__.return_value = iter([4, 5])
print(list(m), list(m))
# loadTestsFromModule takes any object with attributes, a class too
class NotAModule(object):
    class Test(unittest.TestCase):
        def test_one(self):
            pass
suite = unittest.TestLoader().loadTestsFromModule(NotAModule)
print(suite.countTestCases())
out = io.StringIO()
print(unittest.TextTestRunner(stream=out).run(suite).wasSuccessful())
