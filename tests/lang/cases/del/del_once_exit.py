# An object finalized during the run is not finalized again at exit.
import gc

class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        print("finalized", Once.count)
        again.append(self)

again = []
o = Once()
o = None
print("stored again", len(again))
gc.collect()
print("end")
