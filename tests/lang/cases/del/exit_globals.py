# Module-level objects are finalized at exit, with globals still bound.
class Global:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit finalizes", self.name, "label =", label)

label = "L"
first = Global("first")
second = Global("second")
third = Global("third")
print("end of script")
