# complex.__getnewargs__ gives the parts as floats.
print((1 + 2j).__getnewargs__(), (-0j).__getnewargs__(), complex(5).__getnewargs__())
import copy
print(copy.copy(3 - 1j), copy.deepcopy([1j]))
