# sys.hexversion encodes version_info exactly, as CPython 3.6.15's does.
import sys
v = sys.version_info
print(hex(sys.hexversion))
packed = (v.major << 24) | (v.minor << 16) | (v.micro << 8) | (0xf0 if v.releaselevel == 'final' else 0) | v.serial
print(packed == sys.hexversion, sys.implementation.hexversion == sys.hexversion)
print(repr(sys.implementation).startswith("namespace(_multiarch="), sys.implementation.version is sys.version_info)
