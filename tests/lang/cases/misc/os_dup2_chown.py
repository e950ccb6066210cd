import os
fd = os.open(__file__, os.O_RDONLY)
r, w = os.pipe()
print(os.dup2(fd, w), os.read(w, 10))
print(os.dup2(fd, fd))
print(os.get_inheritable(w) if hasattr(os, 'get_inheritable') else True)
os.dup2(fd, w, inheritable=False)
for bad in ((fd, -1), (-1, w), (9999, w), ('a', w), (fd,)):
    try: os.dup2(*bad)
    except (OSError, TypeError) as e: print(type(e).__name__, e)
st = os.stat(__file__)
print(os.chown(__file__, -1, -1), os.chown(fd, -1, st.st_gid), os.chown(__file__, st.st_uid, -1, follow_symlinks=False))
for bad in (('nope.txt', -1, -1), (9999, -1, -1), (__file__, 'a', -1), (__file__, -1)):
    try: os.chown(*bad)
    except (OSError, TypeError) as e: print(type(e).__name__, e)
os.close(fd); os.close(r); os.close(w)
