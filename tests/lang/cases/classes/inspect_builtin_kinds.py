# inspect's predicates on built-in functions, methods, descriptors and
# slot wrappers.
import inspect

subjects = [len, [].append, list.append, dict.fromkeys, int.__add__, (1).__add__, object.__init__]
for s in subjects:
    print(type(s).__name__, inspect.isbuiltin(s), inspect.ismethod(s), inspect.isfunction(s),
          inspect.ismethoddescriptor(s), inspect.isroutine(s), inspect.isdatadescriptor(s))
