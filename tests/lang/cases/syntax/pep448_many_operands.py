# PEP 448 displays and calls with hundreds of starred operands.
n = 1000
print(len(eval("{" + ", ".join("**{{{}: {}}}".format(i, i) for i in range(n)) + "}")))
print(sum(eval("[" + ", ".join("*[{}]".format(i) for i in range(n)) + "]")))
print(len(eval("(" + ", ".join("*({},)".format(i) for i in range(300)) + ")")))
print(len(eval("{" + ", ".join("*{{{}}}".format(i) for i in range(300)) + "}")))
def count(*args, **kw):
    return len(args), len(kw)
for n, form in ((250, "*[{0}]"), (300, "*[{0}]"), (250, "**{{'k{0}': {0}}}"), (300, "**{{'k{0}': {0}}}")):
    try:
        print(eval("count(" + ", ".join(form.format(i) for i in range(n)) + ")", {'count': count}))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
mixed = "[" + ", ".join("*[{}], {}".format(i, i) for i in range(200)) + "]"
print(len(eval(mixed)))
