# Struct sequences written in Python (os.statvfs_result, os.terminal_size,
# posix.uname_result, pwd.struct_passwd) behave as 3.6's C ones: no
# instance __dict__ or visible __slots__, module-qualified attribute
# errors, read-only fields, n_fields counts; os.stat_result's counts.
import os
import pwd

values = [os.statvfs('/'), os.terminal_size((80, 24)), os.uname(), pwd.getpwuid(0)]
for v, field in zip(values, ['f_bsize', 'columns', 'sysname', 'pw_name']):
    print(type(v).__module__, type(v).__name__, hasattr(v, '__dict__'), hasattr(v, '__slots__'))
    for name in ('x', '__dict__'):
        try:
            setattr(v, name, 1)
        except AttributeError as e:
            print('set', name, '->', e)
        try:
            getattr(v, name)
        except AttributeError as e:
            print('get', name, '->', e)
    try:
        del v.x
    except AttributeError as e:
        print('del ->', e)
    try:
        setattr(v, field, 1)
    except AttributeError as e:
        print('set field ->', e)
    print(v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
st = os.stat('/')
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, os.stat_result.n_fields)
