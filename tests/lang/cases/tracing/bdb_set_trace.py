# Bdb.set_trace starts debugging inside running code: the caller's
# frames get the trace function, stepping goes on from the next line and
# continue without breakpoints ends the session.
import bdb

class Recorder(bdb.Bdb):
    def __init__(self, steps):
        bdb.Bdb.__init__(self)
        self.steps = steps
        self.log = []

    def user_line(self, frame):
        self.log.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
        self.steps -= 1
        if self.steps > 0:
            self.set_step()
        else:
            self.set_continue()

    def user_return(self, frame, value):
        self.log.append(('return', frame.f_code.co_name, value))
        self.set_step()

def inner():
    x = 1
    return x + 1

def outer(dbg):
    dbg.set_trace()
    y = inner()
    z = y * 2
    return z

for steps in (1, 3, 6):
    d = Recorder(steps)
    print(outer(d))
    print(d.log)
print(bdb.Bdb().canonic('<string>'), bdb.Bdb().canonic('a/../b.py').endswith('b.py'))
