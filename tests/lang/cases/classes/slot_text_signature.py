# Slot wrappers and method-wrappers give 3.6's __text_signature__, and a
# method-wrapper its slot's __qualname__.
for s in [int.__add__, int.__neg__, int.__pow__, int.__rpow__, list.__setitem__, list.__delitem__,
          int.__hash__, object.__init__, type.__call__, object.__getattribute__, object.__setattr__,
          object.__delattr__, int.__lt__, list.__iadd__, list.__len__, int.__divmod__, int.__index__,
          iter([]).__next__, list.__iter__, object.__repr__, int.__bool__, int.__float__, str.__mod__]:
    print(s.__qualname__, repr(s.__text_signature__))
for m in [(1).__add__, [].__len__, object().__repr__, (2.5).__lt__, 'a'.__hash__, {}.__iter__]:
    print(m.__qualname__, repr(m.__text_signature__))
