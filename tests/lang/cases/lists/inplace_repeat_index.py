# The count of list *= may be any object with __index__, or a bool.
class Three:
    def __index__(self):
        return 3

letters = ['x']
keep = letters
letters *= Three()
print(keep)
letters *= True
print(keep)
letters *= False
print(keep)
