# bdb's stepping commands: step goes into calls, next stays in the frame,
# until runs to a later line, return stops at the frame's return.
import bdb

def helper(n):
    total = n + 1
    return total

def program():
    a = helper(1)
    b = helper(2)
    for i in range(3):
        a += i
    c = a + b
    return c

class Stepper(bdb.Bdb):
    def __init__(self, plan):
        bdb.Bdb.__init__(self)
        self.plan = list(plan)
        self.seen = []

    def record(self, kind, frame, extra=None):
        name = frame.f_code.co_name
        if name not in ('program', 'helper'):
            self.set_step()
            return
        self.seen.append((kind, name, frame.f_lineno - frame.f_code.co_firstlineno, extra))
        action = self.plan.pop(0) if self.plan else 'quit'
        if action == 'step':
            self.set_step()
        elif action == 'next':
            self.set_next(frame)
        elif action == 'until':
            self.set_until(frame, frame.f_lineno + 3)
        elif action == 'return':
            self.set_return(frame)
        elif action == 'continue':
            self.set_continue()
        else:
            self.set_quit()

    def user_call(self, frame, args):
        self.record('call', frame)

    def user_line(self, frame):
        self.record('line', frame)

    def user_return(self, frame, value):
        self.record('return', frame, value)

for plan in (['step', 'step', 'step', 'next', 'next', 'next'],
             ['next', 'next', 'until', 'next', 'next'],
             ['step', 'step', 'return', 'step', 'next', 'continue'],
             ['step', 'quit']):
    s = Stepper(['step'] + plan)
    result = s.runcall(program)
    print(plan, result)
    for entry in s.seen:
        print('   ', entry)
