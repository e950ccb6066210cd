# An object made and dropped in a thread is finalized there.
import threading

class Work:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("work", self.n, "finalized")

def run():
    w = Work(1)
    print("thread has", w.n)
    del w
    print("thread continues")

t = threading.Thread(target=run)
t.start()
t.join()
print("joined")
