import reprlib, pprint, textwrap, locale
print(reprlib.repr(set('supercalifragilisticexpialidocious')))
t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta', 'yellow'], 'blue']]]
pprint.pprint(t, width=30)
doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))
print(locale.setlocale(locale.LC_ALL, 'C'))
conv = locale.localeconv()
x = 1234567.8
print(locale.format("%d", x, grouping=True))
print(locale.format_string("%s%.*f", (conv['currency_symbol'], conv['frac_digits'], x), grouping=True))
from string import Template
t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print(repr(e))
print(t.safe_substitute(d))
import time, os.path
photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']
class BatchRename(Template):
    delimiter = '%'
fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
date = time.strftime('%d%b%y', time.gmtime(0))
for i, filename in enumerate(photofiles):
    base, ext = os.path.splitext(filename)
    newname = t.substitute(d=date, n=i, f=ext)
    print('{0} --> {1}'.format(filename, newname))
import struct
data = struct.pack('<IIIHH', 0x12345678, 10, 20, 3, 4)
start = 0
fields = struct.unpack('<IIIHH', data[start:start+16])
crc32, comp_size, uncomp_size, filenamesize, extra_size = fields
print(hex(crc32), comp_size, uncomp_size, filenamesize, extra_size)
import threading, zipfile, io
class AsyncZip(threading.Thread):
    def __init__(self, infile, outfile):
        threading.Thread.__init__(self)
        self.infile = infile
        self.outfile = outfile
    def run(self):
        self.outfile.append(self.infile.upper())
out = []
background = AsyncZip('mydata', out)
background.start()
print('The main program continues to run in foreground.')
background.join()
print('Main program waited until background was done.', out)
import logging
logging.debug('Debugging information')
logging.info('Informational message')
logging.warning('Warning:config file %s not found', 'server.conf')
logging.error('Error occurred')
logging.critical('Critical error -- shutting down')
import weakref, gc
class A:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return str(self.value)
a = A(10)
d = weakref.WeakValueDictionary()
d['primary'] = a
print(d['primary'])
del a
gc.collect()
try:
    d['primary']
except KeyError as e:
    print(repr(e))
from array import array
a = array('H', [4000, 10, 700, 22222])
print(sum(a), a[1:3], a)
from collections import deque
d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft())
import bisect
scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)
from heapq import heapify, heappop, heappush
data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)
heappush(data, -5)
print([heappop(data) for i in range(3)], data)
from decimal import *
print(round(Decimal('0.70') * Decimal('1.05'), 2), round(.70 * 1.05, 2))
print(Decimal('1.00') % Decimal('.10'), 1.00 % 0.10)
print(sum([Decimal('0.1')]*10) == Decimal('1.0'), sum([0.1]*10) == 1.0)
getcontext().prec = 36
print(Decimal(1) / Decimal(7))
print(repr(Decimal('3.14')), Decimal(0.1))
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 3), repr(Fraction('0.125')), Fraction(0.1).limit_denominator(100))
x = 3.14159
print(x.hex(), float.fromhex('0x1.921f9f01b866ep+1'), x.as_integer_ratio(), (0.1).as_integer_ratio(), (0.25).is_integer())
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0) if False else None
import math
print(math.fsum([0.1] * 10) == 1.0, 0.1 + 0.1 + 0.1 == 0.3, round(0.1 + 0.1 + 0.1, 10) == round(0.3, 10))
print(format(0.1, '.17f'), repr(0.1), 1/3, 2/3, format(math.pi, '.12g'), format(math.pi, '.2f'), repr(math.pi), str(math.pi))
print(Decimal.from_float(0.1), (0.1).hex())
