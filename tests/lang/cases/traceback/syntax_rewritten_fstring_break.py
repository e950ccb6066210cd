# The line holds an f-string, which the interpreter rewrites before
# compiling: the caret must still be under the break.
print("before")
label = f"{1 + 1}"; break
