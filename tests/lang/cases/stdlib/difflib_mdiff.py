import difflib
print(list(difflib._mdiff(["2"], ["3"], 1)))
a = ['one\n','two\n','three\n','four\n','five\n','six\n','seven\n','eight\n']
b = ['one\n','tw0\n','three\n','four\n','fiv\n','six\n','seven\n','eight\n', 'nine\n']
for ctx in (None, 0, 1, 2):
    print(list(difflib._mdiff(a, b, ctx)))
print(list(difflib._mdiff(a, b, None, None, None)))
