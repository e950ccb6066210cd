# A package of the script's directory named like a library module: the
# script's import finds it first, as CPython's path search does
# (import_shadows_library.py).
VALUE = "the script's own colorsys"
