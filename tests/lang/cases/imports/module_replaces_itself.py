# A module that puts another object in sys.modules under its own name
# gives that object to the import statement.
import tree

tree.make({'swapper.py': 'import sys\nclass Swapped:\n    kind = "swapped"\nsys.modules[__name__] = Swapped()\n',
           'swappkg/__init__.py': '', 'swappkg/sub.py': 'import sys\nsys.modules[__name__] = "a string"\n'})
import swapper
print(type(swapper).__name__, swapper.kind)
from swappkg import sub
print(sub)
import swappkg.sub
print(swappkg.sub)
