# __del__ deleted from the class before the instance goes.
class Gone:
    def __del__(self):
        print("should not print")

g = Gone()
del Gone.__del__
del g
print("no finalizer ran")
