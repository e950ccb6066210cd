# An exception in __del__ at exit: reported without the source line.
class AtExit:
    def __repr__(self):
        return "AtExit()"
    def __del__(self):
        print("finalizing at exit")
        raise RuntimeError("late failure")

obj = AtExit()
print("script done")
