# bdb breakpoints: conditions, ignore counts, temporary ones, and the
# bookkeeping of Breakpoint numbers and lists.
import bdb
import sys

def work():
    total = 0
    for i in range(5):
        total += i
    return total

first = work.__code__.co_firstlineno
loop_line = first + 3

class Stopper(bdb.Bdb):
    def __init__(self):
        bdb.Bdb.__init__(self)
        self.stops = []

    def user_line(self, frame):
        if frame.f_code.co_name == 'work' and self.break_here(frame) is not None:
            if self.get_break(frame.f_code.co_filename, frame.f_lineno):
                self.stops.append(frame.f_locals.get('i'))
        self.set_continue()

    def do_clear(self, arg):
        self.clear_bpbynumber(arg)

def session(**options):
    d = Stopper()
    print(d.set_break(__file__, loop_line, **options))
    d.set_continue()
    d.runcall(work)
    d.clear_all_breaks()
    return d.stops

s = Stopper()
FILE = s.canonic(__file__)
print(s.set_break(__file__, 100000).replace(FILE, 'FILE'))
print(s.clear_break(__file__, loop_line).replace(FILE, 'FILE'))
print(s.clear_all_breaks())
print(s.clear_bpbynumber('x'), s.clear_bpbynumber(''), s.clear_bpbynumber('999'))
s.set_break(__file__, loop_line, cond='i > 2')
bp = s.get_breaks(__file__, loop_line)[0]
bp.ignore = 1
bp.hits = 2
print(bp.bpformat().replace(FILE, 'FILE').replace(str(bp.number), 'N', 1))
print(str(bp).replace(FILE, 'FILE').replace(str(bp.number), 'N', 1))
bp.disable()
print(bp.enabled, s.get_file_breaks(__file__) == [loop_line])
number = bp.number
print(s.clear_bpbynumber(str(number)), s.get_all_breaks())
try:
    s.get_bpbynumber(str(number))
except ValueError as e:
    print(str(e).replace(str(number), 'N'))
print(bdb.Breakpoint.bplist == {})
