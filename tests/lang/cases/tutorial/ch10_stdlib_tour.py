import os, sys
print(type(os.getcwd()).__name__)
import shutil, glob, re, math, random, statistics, zlib, datetime
print(sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 't1*.py')))[:0])
print(sys.argv[1:])
sys.stderr.write('Warning, log file not found starting a new one\n')
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.sub(r'(\b[a-z]+) \1', r'\1', 'cat in the the hat'))
print('tea for too'.replace('too', 'two'))
print(math.cos(math.pi / 4), math.log(1024, 2))
random.seed(12345)
print(random.choice(['apple', 'pear', 'banana']), random.sample(range(100), 10), random.random(), random.randrange(6))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.variance(data))
from datetime import date
now = date(2003, 12, 2)
print(now, repr(now))
print(now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days, age, repr(age))
s = b'witch which has which witches wrist watch'
print(len(s))
t = zlib.compress(s)
print(len(t), zlib.decompress(t), zlib.crc32(s))
from timeit import Timer
print(type(Timer('t=a; a=b; b=t', 'a=1; b=2').timeit(number=100)).__name__)
def average(values):
    """Computes the arithmetic mean of a list of numbers.

    >>> print(average([20, 30, 70]))
    40.0
    """
    return sum(values) / len(values)
import doctest
print(doctest.testmod())
def bad(values):
    """
    >>> bad(1)
    2
    """
    return values
print(doctest.run_docstring_examples(bad, {'bad': bad}, name='bad'))
import unittest, io
class TestStatisticalFunctions(unittest.TestCase):
    def test_average(self):
        self.assertEqual(average([20, 30, 70]), 40.0)
        self.assertEqual(round(average([1, 5, 7]), 1), 4.3)
        with self.assertRaises(ZeroDivisionError):
            average([])
        with self.assertRaises(TypeError):
            average(20, 30, 70)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(TestStatisticalFunctions))
out = stream.getvalue()
import re as _re
print(_re.sub(r'\d+\.\d+s', 'Xs', _re.sub(r'line \d+', 'line N', out)))
print(r)
