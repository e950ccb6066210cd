# sys.thread_info describes the thread implementation as CPython's does on
# Linux with glibc.
import sys
info = sys.thread_info
print(type(info).__name__, len(info), info.name, info.lock)
print(info[0] == info.name, info[1] == info.lock, info[2] == info.version)
print(isinstance(info.version, str), info.version.startswith("NPTL "))
print(repr(info).startswith("sys.thread_info(name='pthread', lock='semaphore', version='NPTL "))
print(isinstance(info, tuple), tuple(info)[:2])
try:
    info.name = "other"
except AttributeError as e:
    print("AttributeError")
