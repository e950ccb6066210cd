# Many objects with __del__ made and dropped in a loop: each is
# finalized once.
count = 0

class Counted:
    def __del__(self):
        global count
        count += 1

for i in range(2000):
    c = Counted()
del c
import gc
gc.collect()
print("finalized", count)
