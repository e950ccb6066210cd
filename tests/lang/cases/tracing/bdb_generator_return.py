# bdb: a breakpoint on a function, continue, then return from a generator
# frame: the StopIteration its consumer sees stops there; quitting at
# the return leaves with BdbQuit, which runcall swallows.
import bdb, sys
def test_gen():
    yield 0
    lno = 4
    return 123
def main():
    it = test_gen()
    next(it)
    next(it)
    lno = 11
class T(bdb.Bdb):
    def user_call(self, frame, args):
        self.show('call', frame)
    def user_line(self, frame):
        self.show('line', frame)
    def user_return(self, frame, rv):
        self.show('return', frame, rv)
    def user_exception(self, frame, exc):
        self.show('exception', frame, exc[0].__name__)
    def show(self, ev, frame, extra=None):
        name = frame.f_code.co_name
        if name not in ('main', 'test_gen', 'start'):
            self.set_step(); return
        print(ev, name, frame.f_lineno - frame.f_code.co_firstlineno, extra)
        if name == 'start' and ev == 'line':
            self.set_break(__file__, test_gen.__code__.co_firstlineno, funcname='test_gen')
            self.set_continue()
        elif name == 'test_gen' and ev == 'line' and not self.did:
            self.did = True
            self.set_return(frame)
        elif name == 'main' and ev == 'exception':
            self.set_step()
        elif name == 'main' and ev == 'return':
            self.set_quit()
        else:
            self.set_step()
    def do_clear(self, arg):
        pass
def start():
    try:
        main()
    except StopIteration:
        print("escaped")
t = T()
t.did = False
t.runcall(start)
print("done")
