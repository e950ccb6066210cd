# Types CPython 3.6 refuses as base classes: struct sequences (sys.flags,
# os.terminal_size, pwd.struct_passwd, ...), datetime.timezone, the
# regular expression pattern and match types, itertools' helper types.
import datetime
import grp
import itertools
import os
import pwd
import re
import resource
import sys

candidates = [
    type(sys.flags), type(sys.version_info), type(sys.float_info),
    type(sys.hash_info), type(sys.int_info), type(sys.thread_info),
    os.stat_result, os.terminal_size, os.times_result, os.uname_result,
    os.statvfs_result,
    pwd.struct_passwd, grp.struct_group, resource.struct_rusage,
    datetime.timezone, type(re.compile("a")), type(re.match("a", "a")),
    type(next(itertools.groupby("a"))[1]), type(itertools.tee([])[0]),
]
for t in candidates:
    try:
        class X(t):
            pass
        print(t.__name__, "accepted")
    except TypeError as e:
        print(t.__name__, e)

# the same with the type among other bases, and through type()
for bases in [(object, datetime.timezone), (type(sys.flags),)]:
    try:
        type("Y", bases, {})
    except TypeError as e:
        print("type():", e)

# their own base classes stay open: tuple, datetime.tzinfo, object
class T(tuple):
    pass
class Z(datetime.tzinfo):
    pass
print(T((1, 2)), Z.__mro__[1].__name__)
print(type(sys.flags).n_sequence_fields, type(sys.version_info).n_fields,
      type(sys.hash_info).n_unnamed_fields)
