import os
path = "removed_copy.py"
with open(path, "w") as f:
    f.write("def boom():\n    return 1/0\n")
import removed_copy
os.remove(path)
removed_copy.boom()
