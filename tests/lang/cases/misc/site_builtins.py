# exit, quit, copyright, credits and license: the names the prompt's
# banner mentions, as site makes them
import sys

print(repr(exit), repr(quit))
print(repr(license))
print(type(exit).__qualname__, type(exit).__module__, type(copyright).__qualname__, type(license).__module__)
print(type(copyright) is type(credits) is type(license), callable(exit), callable(credits))
try:
    quit(4)
except SystemExit as e:
    print("SystemExit", e.args, e.code)
print(sys.stdin.closed)
try:
    license(1)
except TypeError as e:
    print("TypeError")
exit("bye")
