# __del__ added to the class after the instance was made.
class Late:
    pass

x = Late()

def finalizer(self):
    print("late __del__ runs")

Late.__del__ = finalizer
print("deleting")
del x
print("deleted")
