# A module whose file name is not valid UTF-8 is imported by the str
# name os.fsdecode gives it (with surrogate escapes).
import os
import tree

name = os.fsdecode(b'odd_\xff_name')
tree.make({name + '.py': 'VALUE = "loaded"\n'})
module = __import__(name)
print(ascii(module.__name__), module.VALUE, ascii(tree.shown(module.__file__)))
