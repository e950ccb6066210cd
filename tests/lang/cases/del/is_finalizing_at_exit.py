import sys, atexit
# sys.is_finalizing() is false in atexit callbacks and true in the __del__
# of objects still alive at exit.
class AtExit:
    is_finalizing = sys.is_finalizing
    print = print
    def __del__(self):
        self.print("del", self.is_finalizing(), flush=True)
atexit.register(lambda: print("atexit", sys.is_finalizing()))
print("running", sys.is_finalizing())
ref = AtExit()
